import { trainingTrackingPage } from '../../services/training/tracking.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { today } from '../training/today.js';
import { trackingInput } from './inputs.js';

/** Completion per person on the current cycle, 50 a page. */
export const tracking = tenantProcedure('training.read')
  .input(trackingInput)
  .query(({ ctx, input }) => trainingTrackingPage(ctx.tx, input, today(ctx)));
