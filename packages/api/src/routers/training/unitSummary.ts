import { trainingUnitSummary } from '../../services/training/tracking.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { today } from '../training/today.js';
import { assignmentIdOptionalInput } from './inputs.js';

/** Completion per unit. */
export const unitSummary = tenantProcedure('training.read')
  .input(assignmentIdOptionalInput)
  .query(({ ctx, input }) => trainingUnitSummary(ctx.tx, input.assignmentId, today(ctx)));
