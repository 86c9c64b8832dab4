import { describeMe } from '../../services/me.js';
import { publicProcedure } from '../../trpc/procedures.js';

export const me = publicProcedure.query(async ({ ctx }) => {
  const { session } = ctx;
  if (!session) return null;
  const { userId: id, email, fullName, language } = session;
  return describeMe(ctx.deps.db, { id, email, fullName, language }, session.activeTenantId);
});
