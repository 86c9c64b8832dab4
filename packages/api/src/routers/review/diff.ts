import { reviewRenderInput } from '@qorgau/core';
import { reviewDiff } from '../../services/policy/review.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const diff = tenantProcedure('policy.review')
  .input(reviewRenderInput)
  .query(({ ctx, input }) => reviewDiff(ctx.tx, ctx.deps.db, ctx.tenant.tenantId, actorOf(ctx), input));
