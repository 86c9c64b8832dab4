import { programmeTargetsInput } from '@qorgau/core';
import { updateTargets } from '../../services/monitoring/targets.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const setTargets = tenantProcedure('monitoring.writeTargets')
  .input(programmeTargetsInput)
  .mutation(({ ctx, input }) => updateTargets(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
