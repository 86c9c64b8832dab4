import { caseReportInput } from '@qorgau/core';
import { submitCaseReport } from '../../services/monitoring/case-reports.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const submit = tenantProcedure('caseReports.write')
  .input(caseReportInput)
  .mutation(({ ctx, input }) =>
    submitCaseReport(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input, ctx.deps.clock()),
  );
