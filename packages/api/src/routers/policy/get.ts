import { policyVersionInput } from '@qorgau/core';
import { getVersion } from '../../services/policy/versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const get = tenantProcedure('policy.read')
  .input(policyVersionInput)
  .query(({ ctx, input }) => getVersion(ctx.tx, input.id));
