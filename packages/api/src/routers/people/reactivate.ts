import { personIdInput } from '@qorgau/core';
import { setPersonActive } from '../../services/people.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const reactivate = tenantProcedure('people.write')
  .input(personIdInput)
  .mutation(({ ctx, input }) => setPersonActive(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.id, true));
