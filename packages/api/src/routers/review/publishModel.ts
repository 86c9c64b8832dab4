import { publishModelInput } from '@qorgau/core';
import { publishShippedModel } from '../../services/policy/model-updates.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const publishModel = tenantProcedure('policy.review')
  .input(publishModelInput)
  .mutation(({ ctx, input }) =>
    publishShippedModel(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.changelog),
  );
