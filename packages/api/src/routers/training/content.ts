import { listCustomContent } from '../../services/training/custom-content.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** The organisation's own modules and questions. */
export const content = tenantProcedure('training.read').query(({ ctx }) => listCustomContent(ctx.tx));
