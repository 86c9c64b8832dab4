import { DomainError } from '@qorgau/core';
import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { aggregateByQuarter } from './case-reports.js';
import { partnerAcknowledgedTrend } from './partner-trend.js';
import { toPartner } from './partner-view.js';
import { poolSmallUnits } from './small-units.js';

/**
 * One partner, still aggregates only: its stage, its events, per-unit counts, its reports and its
 * acknowledged share over the last days.
 */
export async function partnerDrillDown(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  organizationId: string,
  now: Date,
) {
  const [row] = await monitoringRepository.allPartners(tx, organizationId);
  if (!row) throw new DomainError('NOT_FOUND', 'organization.notFound', 'organizationId');
  const units = await monitoringRepository.partnerUnits(tx, organizationId);
  const timeline = await monitoringRepository.partnerTimeline(tx, organizationId);
  const reports = await monitoringRepository.programmeCaseReports(tx, organizationId);
  const trend = await partnerAcknowledgedTrend(tx, organizationId, now);
  await recordAudit(
    tx,
    tenantId,
    actor,
    'programme.monitoringViewed',
    { type: 'organization', id: organizationId },
    { view: 'partner' },
  );
  return {
    partner: toPartner(row, now),
    timeline: timeline.map((event) => ({
      at: new Date(event.at).toISOString(),
      kind: event.kind,
      versionNumber: event.version_number,
      detail: event.detail,
    })),
    units: poolSmallUnits(
      units.map((unit) => ({
        unitId: unit.unit_id,
        name: unit.name,
        people: unit.pending + unit.acknowledged + unit.refused,
        acknowledged: unit.acknowledged,
        refused: unit.refused,
        pending: unit.pending,
        overdue: unit.overdue,
        trainingAssigned: unit.training_assigned,
        trained: unit.trained,
      })),
    ),
    reports: aggregateByQuarter(reports),
    trend,
  };
}
