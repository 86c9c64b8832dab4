import { listInvitations } from '../../services/tenant-invitations.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('invitations.read').query(({ ctx }) =>
  listInvitations(ctx.tx, ctx.deps.clock),
);
