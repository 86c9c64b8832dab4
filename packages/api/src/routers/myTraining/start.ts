import { startMyTraining } from '../../services/training/my-enrolment.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { today } from '../training/today.js';

/** Opening the course: enrols the learner or reopens a due refresher. Idempotent; the overview only reads. */
export const start = tenantProcedure('training.own').mutation(({ ctx }) =>
  startMyTraining(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, today(ctx)),
);
