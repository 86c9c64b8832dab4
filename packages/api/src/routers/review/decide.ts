import { reviewDecisionInput } from '@qorgau/core';
import { decideReview } from '../../services/policy/review.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const decide = tenantProcedure('policy.review')
  .input(reviewDecisionInput)
  .mutation(({ ctx, input }) => decideReview(ctx.tx, ctx.deps.db, ctx.tenant.tenantId, actorOf(ctx), input));
