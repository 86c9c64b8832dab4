import * as sessions from '../../services/training/sessions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { importAttendanceInput } from '../training/inputs.js';

/** Imports an attendance list (e-mails or personnel numbers, one a line). */
export const importAttendance = tenantProcedure('training.sessions')
  .input(importAttendanceInput)
  .mutation(({ ctx, input }) =>
    sessions.importAttendance(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
