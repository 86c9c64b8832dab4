import { sessionWithAttendance } from '../../services/training/sessions.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { sessionIdInput } from '../training/inputs.js';

/** One session with its attendance list and certificates. */
export const get = tenantProcedure('training.sessions')
  .input(sessionIdInput)
  .query(({ ctx, input }) => sessionWithAttendance(ctx.tx, input.id));
