import { partnerInput } from '@qorgau/core';
import { partnerDrillDown } from '../../services/monitoring/partner.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const partner = tenantProcedure('monitoring.read')
  .input(partnerInput)
  .query(({ ctx, input }) =>
    partnerDrillDown(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.organizationId, ctx.deps.clock()),
  );
