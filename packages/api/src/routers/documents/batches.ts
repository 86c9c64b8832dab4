import { listBatches } from '../../services/documents/batches.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const batches = tenantProcedure('documents.read').query(({ ctx }) =>
  listBatches(ctx.tx, ctx.deps.clock),
);
