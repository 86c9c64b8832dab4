import { dashboardInput } from '@qorgau/core';
import { partnersDashboard } from '../../services/monitoring/dashboard.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const dashboard = tenantProcedure('monitoring.read')
  .input(dashboardInput)
  .query(({ ctx, input }) =>
    partnersDashboard(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input, ctx.deps.clock()),
  );
