import { addCustomModule } from '../../services/training/custom-content.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { addModuleInput } from './inputs.js';

/** Adds an own module in three languages (takes effect on publishCourse). */
export const addModule = tenantProcedure('training.manage')
  .input(addModuleInput)
  .mutation(({ ctx, input }) => addCustomModule(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
