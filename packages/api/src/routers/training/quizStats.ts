import { quizStatistics } from '../../services/training/tracking.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { quizStatsInput } from './inputs.js';

/** Which questions fail most often. */
export const quizStats = tenantProcedure('training.read')
  .input(quizStatsInput)
  .query(({ ctx, input }) => quizStatistics(ctx.tx, ctx.tenant.tenantId, input.assignmentId, input.language));
