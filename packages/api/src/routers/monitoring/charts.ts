import { chartsView } from '../../services/monitoring/charts.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const charts = tenantProcedure('monitoring.read').query(({ ctx }) =>
  chartsView(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), ctx.deps.clock()),
);
