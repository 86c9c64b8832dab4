import { listOutbox } from '../../services/outbox.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('outbox.read').query(({ ctx }) => listOutbox(ctx.tx, ctx.deps.config));
