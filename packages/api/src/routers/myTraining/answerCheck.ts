import * as portal from '../../services/training/portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { answerCheckInput } from '../training/inputs.js';

/** A module's practice check: answered at once, not scored. */
export const answerCheck = tenantProcedure('training.own')
  .input(answerCheckInput)
  .mutation(({ ctx, input }) => portal.answerCheck(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, input));
