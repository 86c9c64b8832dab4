import { verifyByIdInput } from '@qorgau/core';
import { verifyByPublicId } from '../../services/documents/verify.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const byId = publicProcedure.input(verifyByIdInput).query(async ({ ctx, input }) => {
  await ctx.deps.rateLimits.consumeVerification(ctx.origin.ip);
  return verifyByPublicId(ctx.deps.db, input.publicId);
});
