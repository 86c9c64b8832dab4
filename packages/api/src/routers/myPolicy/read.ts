import { readPolicyInput } from '@qorgau/core';
import { readPolicy } from '../../services/acknowledgement/staff-portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const read = tenantProcedure('acknowledgement.own')
  .input(readPolicyInput)
  .mutation(({ ctx, input }) => readPolicy(ctx.tx, ctx.tenant.tenantId, ctx.tenant.userId, input));
