import type { PartnerRollupRow } from '@qorgau/db';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A partner this long in one stage (before the last) is flagged as stuck. */
export const STUCK_AFTER_DAYS = 30;

function rate(done: number, of: number): number | null {
  return of > 0 ? done / of : null;
}

/** The quarter that ended most recently, as year * 4 + quarter - 1. */
export function lastFinishedQuarterIndex(now: Date): number {
  const current = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
  return current - 1;
}

export function quarterOfIndex(index: number): { year: number; quarter: number } {
  return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
}

/** One dashboard row: counts and dates only, never a person. */
export function toPartner(row: PartnerRollupRow, now: Date) {
  const stageSince = new Date(row.stage_since);
  const daysInStage = Math.max(0, Math.floor((now.getTime() - stageSince.getTime()) / DAY_MS));
  const lastReport =
    row.last_report_year === null ? null : row.last_report_year * 4 + (row.last_report_quarter ?? 1) - 1;
  const reportDue =
    row.policy_stage === 'published' && (lastReport === null || lastReport < lastFinishedQuarterIndex(now));
  return {
    organizationId: row.tenant_id,
    names: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
    kind: row.kind,
    stage: row.stage,
    stageSince: stageSince.toISOString(),
    daysInStage,
    people: row.people_active,
    covered: row.covered,
    acknowledged: row.acknowledged,
    refused: row.refused,
    pending: row.pending,
    acknowledgementRate: rate(row.acknowledged, row.covered),
    trainingAssigned: row.training_assigned,
    trained: row.trained,
    trainingRate: rate(row.trained, row.training_assigned),
    overdue: { acknowledgements: row.overdue, trainings: row.training_overdue, reports: reportDue ? 1 : 0 },
    lastActivityAt: row.last_activity_at ? new Date(row.last_activity_at).toISOString() : null,
    stuck: row.stage !== 'trained' && daysInStage >= STUCK_AFTER_DAYS,
  };
}
export type PartnerView = ReturnType<typeof toPartner>;
