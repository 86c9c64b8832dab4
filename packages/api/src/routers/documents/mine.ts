import { listOwnDocuments } from '../../services/documents/own-documents.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const mine = tenantProcedure('documents.readOwn').query(({ ctx }) =>
  listOwnDocuments(ctx.tx, ctx.tenant.userId),
);
