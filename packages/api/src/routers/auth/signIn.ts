import { signInInput } from '@qorgau/core';
import { signIn as signInService } from '../../services/auth/sign-in.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const signIn = publicProcedure
  .input(signInInput)
  .mutation(({ ctx, input }) => signInService(ctx.deps, input, ctx.origin, ctx.cookies));
