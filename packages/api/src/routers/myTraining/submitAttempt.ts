import * as quiz from '../../services/training/quiz.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { submitAttemptInput } from '../training/inputs.js';

/** Scores on the server; the answers are revealed only in this response. */
export const submitAttempt = tenantProcedure('training.own')
  .input(submitAttemptInput)
  .mutation(({ ctx, input }) =>
    quiz.submitAttempt(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
