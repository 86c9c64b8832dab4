import { archiveCustomItem } from '../../services/training/custom-content.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { archiveContentInput } from './inputs.js';

/** Withdraws an own module or question from future versions. */
export const archiveContent = tenantProcedure('training.manage')
  .input(archiveContentInput)
  .mutation(({ ctx, input }) => archiveCustomItem(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
