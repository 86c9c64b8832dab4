import { CASE_CHANNELS, CASE_OUTCOMES, CASE_TYPES, type CaseReportInput, DomainError } from '@qorgau/core';
import { type CaseReportRow, caseReportsRepository, type Executor } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { SMALL_COUNT_LIMIT, suppress, suppressBreakdown } from './suppression.js';

type StoredReport = Awaited<ReturnType<typeof caseReportsRepository.listCaseReports>>[number];

function pick<K extends string>(keys: readonly K[], values: Record<string, number> | undefined) {
  return Object.fromEntries(keys.map((key) => [key, Number(values?.[key] ?? 0)])) as Record<K, number>;
}

function ownReport(row: StoredReport) {
  return {
    id: row.id,
    year: row.year,
    quarter: row.quarter,
    received: row.received,
    byChannel: pick(CASE_CHANNELS, row.by_channel),
    byType: pick(CASE_TYPES, row.by_type),
    acknowledgedInTime: row.acknowledged_in_time,
    investigated: row.investigated,
    respondedInTime: row.responded_in_time,
    outcomes: pick(CASE_OUTCOMES, row.outcomes),
    medianDaysToRespond: row.median_days_to_respond === null ? null : Number(row.median_days_to_respond),
    revision: row.revision,
    submittedAt: new Date(row.submitted_at).toISOString(),
  };
}

/** HR's own reports, in full: it is their own organisation's data. */
export async function listOwnCaseReports(tx: Executor) {
  return (await caseReportsRepository.listCaseReports(tx)).map(ownReport);
}

export async function submitCaseReport(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: CaseReportInput,
  now: Date,
) {
  const current = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
  if (input.year * 4 + input.quarter - 1 > current) {
    throw new DomainError('INVALID', 'caseReports.futureQuarter', 'quarter');
  }
  const row = await caseReportsRepository.upsertCaseReport(tx, {
    tenantId,
    ...input,
    submittedBy: actor.userId,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'caseReport.submitted',
    { type: 'caseReport', id: row.id },
    { year: input.year, quarter: input.quarter, revision: row.revision },
  );
  return ownReport(row);
}

interface RawTotals {
  received: number;
  byChannel: Record<(typeof CASE_CHANNELS)[number], number>;
  byType: Record<(typeof CASE_TYPES)[number], number>;
  acknowledgedInTime: number;
  investigated: number;
  respondedInTime: number;
  outcomes: Record<(typeof CASE_OUTCOMES)[number], number>;
  medianDaysToRespond: number | null;
}

function add(into: Record<string, number>, from: Record<string, number>) {
  for (const key of Object.keys(into)) into[key] = (into[key] ?? 0) + (from[key] ?? 0);
}

export function sumReports(rows: CaseReportRow[]): RawTotals {
  const totals: RawTotals = {
    received: 0,
    byChannel: pick(CASE_CHANNELS, {}),
    byType: pick(CASE_TYPES, {}),
    acknowledgedInTime: 0,
    investigated: 0,
    respondedInTime: 0,
    outcomes: pick(CASE_OUTCOMES, {}),
    medianDaysToRespond: null,
  };
  for (const row of rows) {
    totals.received += row.received;
    totals.acknowledgedInTime += row.acknowledged_in_time;
    totals.investigated += row.investigated;
    totals.respondedInTime += row.responded_in_time;
    add(totals.byChannel, pick(CASE_CHANNELS, row.by_channel));
    add(totals.byType, pick(CASE_TYPES, row.by_type));
    add(totals.outcomes, pick(CASE_OUTCOMES, row.outcomes));
  }
  // Across reports only the medians are known: their case-weighted median is the honest summary.
  const weighted = rows
    .filter((row) => row.median_days_to_respond !== null && row.received > 0)
    .map((row) => ({ days: Number(row.median_days_to_respond), cases: row.received }))
    .sort((a, b) => a.days - b.days);
  const half = weighted.reduce((total, entry) => total + entry.cases, 0) / 2;
  let seen = 0;
  for (const entry of weighted) {
    seen += entry.cases;
    if (seen >= half) {
      totals.medianDaysToRespond = entry.days;
      break;
    }
  }
  return totals;
}

/** What project staff may see of a set of reports: every cell under five hidden. */
export function suppressedAggregate(totals: RawTotals) {
  const totalShown = totals.received >= SMALL_COUNT_LIMIT;
  return {
    received: suppress(totals.received),
    byChannel: suppressBreakdown(totals.byChannel, totalShown),
    byType: suppressBreakdown(totals.byType, totalShown),
    acknowledgedInTime: suppress(totals.acknowledgedInTime),
    investigated: suppress(totals.investigated),
    respondedInTime: suppress(totals.respondedInTime),
    outcomes: suppressBreakdown(totals.outcomes, totalShown),
    medianDaysToRespond: totalShown ? totals.medianDaysToRespond : null,
  };
}
export type CaseReportAggregate = ReturnType<typeof suppressedAggregate> & { year: number; quarter: number };

/** Per quarter, newest first, suppressed. */
export function aggregateByQuarter(rows: CaseReportRow[]): CaseReportAggregate[] {
  const quarters = new Map<string, CaseReportRow[]>();
  for (const row of rows) {
    const key = `${row.year}-${row.quarter}`;
    quarters.set(key, [...(quarters.get(key) ?? []), row]);
  }
  return [...quarters.values()].map((group) => ({
    year: group[0]?.year ?? 0,
    quarter: group[0]?.quarter ?? 0,
    ...suppressedAggregate(sumReports(group)),
  }));
}
