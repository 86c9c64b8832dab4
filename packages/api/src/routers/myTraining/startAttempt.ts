import * as quiz from '../../services/training/quiz.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { startAttemptInput } from '../training/inputs.js';

/** Starts (or resumes) the final quiz; questions without answers. */
export const startAttempt = tenantProcedure('training.own')
  .input(startAttemptInput)
  .mutation(({ ctx, input }) =>
    quiz.startAttempt(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, input, ctx.deps.clock()),
  );
