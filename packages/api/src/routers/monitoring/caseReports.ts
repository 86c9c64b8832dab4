import { caseReportsFilterInput } from '@qorgau/core';
import { programmeCaseReportsView } from '../../services/monitoring/programme-reports.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const caseReports = tenantProcedure('monitoring.read')
  .input(caseReportsFilterInput)
  .query(({ ctx, input }) => programmeCaseReportsView(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
