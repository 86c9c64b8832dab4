import { publishShippedCourse } from '../../services/training/model.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { changelogInput } from './inputs.js';

/** Project staff publish the model course that ships with this deployment. */
export const publishModel = tenantProcedure('training.author')
  .input(changelogInput)
  .mutation(({ ctx, input }) =>
    publishShippedCourse(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.changelog),
  );
