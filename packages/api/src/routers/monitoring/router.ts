import { router } from '../../trpc/procedures.js';
import { caseReports } from './caseReports.js';
import { charts } from './charts.js';
import { dashboard } from './dashboard.js';
import { indicators } from './indicators.js';
import { issueDonorReport } from './issueDonorReport.js';
import { partner } from './partner.js';
import { setTargets } from './setTargets.js';

export const monitoringRouter = router({
  dashboard,
  indicators,
  setTargets,
  charts,
  partner,
  caseReports,
  issueDonorReport,
});
