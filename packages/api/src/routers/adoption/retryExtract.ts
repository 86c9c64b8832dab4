import { adoptionByVersionInput } from '@qorgau/core';
import { retryAdoptionExtract } from '../../services/adoption/retry-extract.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const retryExtract = tenantProcedure('policy.adopt')
  .input(adoptionByVersionInput)
  .mutation(({ ctx, input }) =>
    retryAdoptionExtract(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input.versionId),
  );
