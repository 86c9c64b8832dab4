import { reviewTargetInput } from '@qorgau/core';
import { reviewVersion } from '../../services/policy/review.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const get = tenantProcedure('policy.review')
  .input(reviewTargetInput)
  .query(({ ctx, input }) => reviewVersion(ctx.tx, ctx.deps.db, ctx.tenant.tenantId, actorOf(ctx), input));
