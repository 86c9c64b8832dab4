import { listModels } from '../../services/training/model.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Published model courses and whether the shipped one is among them. */
export const models = tenantProcedure('training.author').query(({ ctx }) => listModels(ctx.tx));
