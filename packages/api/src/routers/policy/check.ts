import { policyVersionInput } from '@qorgau/core';
import { checkVersion } from '../../services/policy/versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const check = tenantProcedure('policy.read')
  .input(policyVersionInput)
  .query(({ ctx, input }) => checkVersion(ctx.tx, input.id));
