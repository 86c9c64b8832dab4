import { signOut as signOutService } from '../../services/auth/sign-in.js';
import { authedProcedure } from '../../trpc/procedures.js';

export const signOut = authedProcedure.mutation(async ({ ctx }) => {
  await signOutService(ctx.deps, ctx.session, ctx.origin, ctx.cookies);
  return { ok: true as const };
});
