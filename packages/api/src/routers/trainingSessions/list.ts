import { listSessions } from '../../services/training/sessions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Live sessions, newest first, with attendee counts. */
export const list = tenantProcedure('training.sessions').query(({ ctx }) => listSessions(ctx.tx));
