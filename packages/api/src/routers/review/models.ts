import { listModels } from '../../services/policy/model-updates.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const models = tenantProcedure('policy.review').query(({ ctx }) => listModels(ctx.tx));
