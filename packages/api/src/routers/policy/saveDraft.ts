import { saveDraftInput } from '@qorgau/core';
import { saveDraft as saveDraftService } from '../../services/policy/versions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const saveDraft = tenantProcedure('policy.write')
  .input(saveDraftInput)
  .mutation(({ ctx, input }) => saveDraftService(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
