import { requestPasswordResetInput } from '@qorgau/core';
import { requestPasswordReset as requestPasswordResetService } from '../../services/auth/password-reset.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const requestPasswordReset = publicProcedure
  .input(requestPasswordResetInput)
  .mutation(async ({ ctx, input }) => {
    await requestPasswordResetService(ctx.deps, input.email, ctx.origin);
    return { ok: true as const };
  });
