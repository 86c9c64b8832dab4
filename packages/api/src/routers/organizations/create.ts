import { createOrganizationInput } from '@qorgau/core';
import { createPartnerOrganization } from '../../services/organizations.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const create = tenantProcedure('organizations.create')
  .input(createOrganizationInput)
  .mutation(({ ctx, input }) => createPartnerOrganization(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
