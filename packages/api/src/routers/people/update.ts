import { updatePersonInput } from '@qorgau/core';
import { updatePerson } from '../../services/people.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const update = tenantProcedure('people.write')
  .input(updatePersonInput)
  .mutation(({ ctx, input }) => updatePerson(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
