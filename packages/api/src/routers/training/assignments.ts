import { listAssignments } from '../../services/training/assignments.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Every training assignment, newest first. */
export const assignments = tenantProcedure('training.read').query(({ ctx }) => listAssignments(ctx.tx));
