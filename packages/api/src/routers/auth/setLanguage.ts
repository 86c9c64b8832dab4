import { setLanguageInput } from '@qorgau/core';
import { setLanguage as setLanguageService } from '../../services/auth/sign-in.js';
import { authedProcedure } from '../../trpc/procedures.js';

export const setLanguage = authedProcedure.input(setLanguageInput).mutation(async ({ ctx, input }) => {
  await setLanguageService(ctx.deps, ctx.session, input.language, ctx.origin);
  return { ok: true as const };
});
