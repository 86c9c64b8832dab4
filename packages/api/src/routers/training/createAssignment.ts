import * as assignments from '../../services/training/assignments.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { createAssignmentInput } from './inputs.js';

/** Assigns the course to an audience: a due date, onboarding for joiners, a yearly refresher. */
export const createAssignment = tenantProcedure('training.manage')
  .input(createAssignmentInput)
  .mutation(({ ctx, input }) =>
    assignments.createAssignment(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), ctx.deps.clock(), input),
  );
