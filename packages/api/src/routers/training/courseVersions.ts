import { listCourseVersions } from '../../services/training/course-versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** The organisation's frozen course versions. */
export const courseVersions = tenantProcedure('training.read').query(({ ctx }) => listCourseVersions(ctx.tx));
