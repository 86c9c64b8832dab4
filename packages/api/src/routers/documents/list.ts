import { listDocumentsInput } from '@qorgau/core';
import { listDocuments } from '../../services/documents/batches.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('documents.read')
  .input(listDocumentsInput)
  .query(({ ctx, input }) => listDocuments(ctx.tx, input));
