import * as trainingSettings from '../../services/training/settings.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { setManagerInput } from './inputs.js';

/** Marks a person as a manager: they get the managers' module. */
export const setManager = tenantProcedure('training.manage')
  .input(setManagerInput)
  .mutation(({ ctx, input }) =>
    trainingSettings.setManager(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.personId, input.isManager),
  );
