import { policyRenderInput } from '@qorgau/core';
import { diffVersion } from '../../services/policy/versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const diff = tenantProcedure('policy.read')
  .input(policyRenderInput)
  .query(({ ctx, input }) => diffVersion(ctx.tx, input.id, input.language));
