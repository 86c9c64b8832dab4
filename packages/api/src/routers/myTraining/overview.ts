import { myTrainingOverview } from '../../services/training/portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { today } from '../training/today.js';

/** What the learner has to take now: modules, progress, quiz state, completion and certificate. Reads only. */
export const overview = tenantProcedure('training.own').query(({ ctx }) =>
  myTrainingOverview(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, today(ctx)),
);
