import { trainingSettings } from '../../services/training/settings.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** The organisation's training settings, including quiz-gated acknowledgement. */
export const settings = tenantProcedure('training.read').query(({ ctx }) => trainingSettings(ctx.tx));
