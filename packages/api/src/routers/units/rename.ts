import { renameUnitInput } from '@qorgau/core';
import { renameUnit } from '../../services/units.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const rename = tenantProcedure('units.write')
  .input(renameUnitInput)
  .mutation(({ ctx, input }) => renameUnit(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
