import { resetPasswordInput } from '@qorgau/core';
import { resetPassword as resetPasswordService } from '../../services/auth/password-reset.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const resetPassword = publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
  await resetPasswordService(ctx.deps, input, ctx.origin);
  return { ok: true as const };
});
