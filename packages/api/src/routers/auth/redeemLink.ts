import { redeemLinkInput } from '@qorgau/core';
import { redeemLoginLink } from '../../services/auth/login-link.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const redeemLink = publicProcedure
  .input(redeemLinkInput)
  .mutation(({ ctx, input }) => redeemLoginLink(ctx.deps, input.token, ctx.origin, ctx.cookies));
