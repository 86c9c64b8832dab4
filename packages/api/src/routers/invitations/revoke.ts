import { invitationIdInput } from '@qorgau/core';
import { revokeInvitation } from '../../services/tenant-invitations.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const revoke = tenantProcedure('invitations.write')
  .input(invitationIdInput)
  .mutation(({ ctx, input }) => revokeInvitation(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input.id));
