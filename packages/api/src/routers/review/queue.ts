import { reviewQueue } from '../../services/policy/review.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const queue = tenantProcedure('policy.review').query(({ ctx }) => reviewQueue(ctx.tx));
