import { createUnitInput } from '@qorgau/core';
import { createUnit } from '../../services/units.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const create = tenantProcedure('units.write')
  .input(createUnitInput)
  .mutation(({ ctx, input }) => createUnit(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
