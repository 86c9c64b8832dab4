import { inviteOfficerInput } from '@qorgau/core';
import { inviteOfficer as inviteOfficerService } from '../../services/organizations.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const inviteOfficer = tenantProcedure('organizations.inviteOfficer')
  .input(inviteOfficerInput)
  .mutation(({ ctx, input }) =>
    inviteOfficerService(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
