import { publishCourseVersion } from '../../services/training/course-versions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Freezes the latest model plus own content into a new course version. */
export const publishCourse = tenantProcedure('training.manage').mutation(({ ctx }) =>
  publishCourseVersion(ctx.tx, ctx.tenant.tenantId, actorOf(ctx)),
);
