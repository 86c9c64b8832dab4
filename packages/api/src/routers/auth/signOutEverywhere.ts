import { signOutEverywhere as signOutEverywhereService } from '../../services/auth/sign-in.js';
import { authedProcedure } from '../../trpc/procedures.js';

export const signOutEverywhere = authedProcedure.mutation(async ({ ctx }) => {
  await signOutEverywhereService(ctx.deps, ctx.session, ctx.origin, ctx.cookies);
  return { ok: true as const };
});
