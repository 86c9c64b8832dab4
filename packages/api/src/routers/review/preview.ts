import { reviewRenderInput } from '@qorgau/core';
import { reviewPreview } from '../../services/policy/review.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const preview = tenantProcedure('policy.review')
  .input(reviewRenderInput)
  .query(({ ctx, input }) => reviewPreview(ctx.tx, ctx.deps.db, ctx.tenant.tenantId, actorOf(ctx), input));
