import { addCustomQuestion } from '../../services/training/custom-content.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { addQuestionInput } from './inputs.js';

/** Adds an own quiz question in three languages (takes effect on publishCourse). */
export const addQuestion = tenantProcedure('training.manage')
  .input(addQuestionInput)
  .mutation(({ ctx, input }) => addCustomQuestion(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
