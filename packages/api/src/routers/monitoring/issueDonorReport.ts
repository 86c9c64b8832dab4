import { donorReportInput } from '@qorgau/core';
import { issueDonorReport as issue } from '../../services/monitoring/donor-report.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Renders outside the tenant transaction it was called in; the document is recorded in its own. */
export const issueDonorReport = tenantProcedure('monitoring.writeTargets')
  .input(donorReportInput)
  .mutation(({ ctx, input }) => issue(ctx.deps, ctx.tenant, actorOf(ctx), input));
