import { switchOrganizationInput } from '@qorgau/core';
import { switchOrganization as switchOrganizationService } from '../../services/auth/sign-in.js';
import { authedProcedure } from '../../trpc/procedures.js';

export const switchOrganization = authedProcedure
  .input(switchOrganizationInput)
  .mutation(({ ctx, input }) =>
    switchOrganizationService(ctx.deps, ctx.session, input.organizationId, ctx.origin),
  );
