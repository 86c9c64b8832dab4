import { listOwnCaseReports } from '../../services/monitoring/case-reports.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('caseReports.read').query(({ ctx }) => listOwnCaseReports(ctx.tx));
