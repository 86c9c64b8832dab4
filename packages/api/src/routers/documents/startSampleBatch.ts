import { startSampleBatchInput } from '@qorgau/core';
import { startSampleBatch as startSampleBatchService } from '../../services/documents/sample-batch.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const startSampleBatch = tenantProcedure('documents.issue')
  .input(startSampleBatchInput)
  .mutation(({ ctx, input }) =>
    startSampleBatchService(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
