import * as sessions from '../../services/training/sessions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { recordAttendanceInput } from '../training/inputs.js';

/** Marks people as attended: credit and a certificate each. */
export const recordAttendance = tenantProcedure('training.sessions')
  .input(recordAttendanceInput)
  .mutation(({ ctx, input }) =>
    sessions.recordAttendance(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
