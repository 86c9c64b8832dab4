import { myPolicy } from '../../services/acknowledgement/staff-portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const current = tenantProcedure('acknowledgement.own').query(({ ctx }) =>
  myPolicy(ctx.tx, ctx.tenant.userId),
);
