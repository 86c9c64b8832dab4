import { indicatorsView } from '../../services/monitoring/indicators.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const indicators = tenantProcedure('monitoring.read').query(({ ctx }) =>
  indicatorsView(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), ctx.deps.clock()),
);
