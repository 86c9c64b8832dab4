import { createSession } from '../../services/training/sessions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { createSessionInput } from '../training/inputs.js';

/** Records an in-person or online live session. */
export const create = tenantProcedure('training.sessions')
  .input(createSessionInput)
  .mutation(({ ctx, input }) => createSession(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
