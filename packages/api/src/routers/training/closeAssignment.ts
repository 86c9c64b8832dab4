import * as assignments from '../../services/training/assignments.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { assignmentIdInput } from './inputs.js';

/** Closes an assignment; open cycles are cancelled, evidence stays. */
export const closeAssignment = tenantProcedure('training.manage')
  .input(assignmentIdInput)
  .mutation(({ ctx, input }) =>
    assignments.closeAssignment(
      ctx.tx,
      ctx.tenant.tenantId,
      actorOf(ctx),
      input.assignmentId,
      ctx.deps.clock(),
    ),
  );
