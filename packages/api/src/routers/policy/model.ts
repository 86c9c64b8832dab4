import { modelForm } from '../../services/policy/model.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const model = tenantProcedure('policy.read').query(({ ctx }) => modelForm(ctx.tx));
