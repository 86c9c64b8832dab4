import { listPartnerOrganizations } from '../../services/organizations.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('organizations.viewAll').query(({ ctx }) =>
  listPartnerOrganizations(ctx.tx, ctx.tenant.tenantId, actorOf(ctx)),
);
