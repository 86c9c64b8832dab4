import { policyVersionInput } from '@qorgau/core';
import { modelUpdate as modelUpdateService } from '../../services/policy/model-updates.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const modelUpdate = tenantProcedure('policy.read')
  .input(policyVersionInput)
  .query(({ ctx, input }) => modelUpdateService(ctx.tx, input.id));
