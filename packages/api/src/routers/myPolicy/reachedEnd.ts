import { readPolicyInput } from '@qorgau/core';
import { markReachedEnd } from '../../services/acknowledgement/staff-portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const reachedEnd = tenantProcedure('acknowledgement.own')
  .input(readPolicyInput)
  .mutation(({ ctx, input }) => markReachedEnd(ctx.tx, ctx.tenant.tenantId, ctx.tenant.userId, input));
