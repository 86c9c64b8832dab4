import { acceptInvitationInput } from '@qorgau/core';
import { acceptInvitation as acceptInvitationService } from '../../services/invitations.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const acceptInvitation = publicProcedure
  .input(acceptInvitationInput)
  .mutation(({ ctx, input }) => acceptInvitationService(ctx.deps, input, ctx.origin, ctx.cookies));
