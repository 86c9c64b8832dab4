import { grantExtraAttempt } from '../../services/training/settings.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { personAssignmentInput } from './inputs.js';

/** One more quiz attempt for a person who used them all. */
export const grantAttempt = tenantProcedure('training.manage')
  .input(personAssignmentInput)
  .mutation(({ ctx, input }) => grantExtraAttempt(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
