import { reviewCommentInput } from '@qorgau/core';
import { reviewComment } from '../../services/policy/review.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const comment = tenantProcedure('policy.review')
  .input(reviewCommentInput)
  .mutation(({ ctx, input }) => reviewComment(ctx.tx, ctx.deps.db, ctx.tenant.tenantId, actorOf(ctx), input));
