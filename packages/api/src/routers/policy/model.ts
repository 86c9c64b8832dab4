import { policyModelInput } from '@qorgau/core';
import { modelForm } from '../../services/policy/model.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const model = tenantProcedure('policy.read')
  .input(policyModelInput)
  .query(({ ctx, input }) => modelForm(ctx.tx, input?.modelVersion));
