import { policyRenderInput } from '@qorgau/core';
import { previewVersion } from '../../services/policy/versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const preview = tenantProcedure('policy.read')
  .input(policyRenderInput)
  .query(({ ctx, input }) => previewVersion(ctx.tx, input.id, input.language));
