import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { aggregateByQuarter, sumReports, suppressedAggregate } from './case-reports.js';

/** The partners' quarterly reports as project staff see them: every cell under five hidden. */
export async function programmeCaseReportsView(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  filter: { year?: number | undefined; quarter?: number | undefined },
) {
  const rows = (await monitoringRepository.programmeCaseReports(tx)).filter(
    (row) =>
      (filter.year === undefined || row.year === filter.year) &&
      (filter.quarter === undefined || row.quarter === filter.quarter),
  );
  const partners = await monitoringRepository.allPartners(tx);
  const byPartner = partners
    .map((partner) => ({
      organizationId: partner.tenant_id,
      names: { kk: partner.name_kk, ru: partner.name_ru, en: partner.name_en },
      kind: partner.kind,
      reports: aggregateByQuarter(rows.filter((row) => row.tenant_id === partner.tenant_id)),
    }))
    .filter((partner) => partner.reports.length > 0);
  await recordAudit(tx, tenantId, actor, 'programme.monitoringViewed', undefined, { view: 'caseReports' });
  return {
    partnersReporting: byPartner.length,
    totals: suppressedAggregate(sumReports(rows)),
    byPartner,
  };
}
