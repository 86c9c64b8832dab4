import { createPersonInput } from '@qorgau/core';
import { createPerson } from '../../services/people.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const create = tenantProcedure('people.write')
  .input(createPersonInput)
  .mutation(({ ctx, input }) => createPerson(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
