import { homeSummary } from '../../services/home.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const summary = tenantProcedure('home.view').query(({ ctx }) =>
  homeSummary(ctx.tx, ctx.tenant.userId),
);
