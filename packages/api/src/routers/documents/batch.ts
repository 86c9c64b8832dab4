import { batchIdInput } from '@qorgau/core';
import { getBatch } from '../../services/documents/batches.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const batch = tenantProcedure('documents.read')
  .input(batchIdInput)
  .query(({ ctx, input }) => getBatch(ctx.tx, input.id, ctx.deps.clock));
