import { invitationPreviewInput } from '@qorgau/core';
import { previewInvitation } from '../../services/invitations.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const invitationPreview = publicProcedure
  .input(invitationPreviewInput)
  .query(({ ctx, input }) => previewInvitation(ctx.deps, input.token));
