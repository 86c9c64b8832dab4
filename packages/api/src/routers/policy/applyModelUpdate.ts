import { applyModelUpdateInput } from '@qorgau/core';
import { applyModelUpdate as applyModelUpdateService } from '../../services/policy/model-updates.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const applyModelUpdate = tenantProcedure('policy.write')
  .input(applyModelUpdateInput)
  .mutation(({ ctx, input }) => applyModelUpdateService(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
