import { acknowledgeInput } from '@qorgau/core';
import { acknowledgePolicy } from '../../services/acknowledgement/staff-portal.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const acknowledge = tenantProcedure('acknowledgement.own')
  .input(acknowledgeInput)
  .mutation(({ ctx, input }) =>
    acknowledgePolicy(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), ctx.origin, input),
  );
