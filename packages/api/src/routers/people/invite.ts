import { invitePersonInput } from '@qorgau/core';
import { invitePerson } from '../../services/people.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const invite = tenantProcedure('people.invite')
  .input(invitePersonInput)
  .mutation(({ ctx, input }) => invitePerson(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input));
