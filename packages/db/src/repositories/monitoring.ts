import { type Selectable, sql } from 'kysely';
import type { PartnerDailyTable } from '../database.js';
import type { Executor } from './executor.js';

export interface PartnerRollupRow {
  tenant_id: string;
  kind: 'company' | 'university';
  name_kk: string;
  name_ru: string;
  name_en: string;
  stage:
    | 'invited'
    | 'drafting'
    | 'in_review'
    | 'approved'
    | 'adopted'
    | 'published'
    | 'acknowledged'
    | 'trained';
  stage_since: Date;
  policy_stage: string;
  adopted_at: Date | null;
  published_at: Date | null;
  last_activity_at: Date | null;
  people_active: number;
  covered: number;
  pending: number;
  acknowledged: number;
  refused: number;
  overdue: number;
  training_assigned: number;
  trained: number;
  training_overdue: number;
  last_report_year: number | null;
  last_report_quarter: number | null;
}

export type PartnerSort =
  | 'name'
  | 'stage'
  | 'daysInStage'
  | 'acknowledgementRate'
  | 'trainingRate'
  | 'overdue'
  | 'lastActivity';

const STAGE_RANK = sql`array_position(array['invited', 'drafting', 'in_review', 'approved', 'adopted',
  'published', 'acknowledged', 'trained'], p.stage)`;

const SORT_KEYS: Record<PartnerSort, ReturnType<typeof sql>> = {
  name: sql`p.name_en`,
  stage: STAGE_RANK,
  daysInStage: sql`p.stage_since`,
  acknowledgementRate: sql`p.acknowledged::numeric / nullif(p.covered, 0)`,
  trainingRate: sql`p.trained::numeric / nullif(p.training_assigned, 0)`,
  overdue: sql`p.overdue + p.training_overdue`,
  lastActivity: sql`p.last_activity_at`,
};

/**
 * A page of the partners dashboard. The cross-tenant read is the named function (it checks for
 * project staff itself); sorting and paging happen in the same statement so only a page leaves the
 * database. Days in stage sort the opposite way to stage_since.
 */
export async function partnersPage(
  db: Executor,
  query: {
    kind?: 'company' | 'university';
    sort: PartnerSort;
    direction: 'asc' | 'desc';
    limit: number;
    offset: number;
  },
) {
  const ascending = (query.sort === 'daysInStage' ? 'desc' : 'asc') === query.direction;
  const order = sql.raw(ascending ? 'asc nulls last' : 'desc nulls last');
  const result = await sql<PartnerRollupRow & { total: string }>`
    select p.*, count(*) over () as total from app_monitoring_partners() p
    where ${query.kind ?? null}::text is null or p.kind = ${query.kind ?? null}
    order by ${SORT_KEYS[query.sort]} ${order}, p.name_en, p.tenant_id
    limit ${query.limit} offset ${query.offset}`.execute(db);
  return result.rows;
}

export async function allPartners(db: Executor, tenantId?: string): Promise<PartnerRollupRow[]> {
  const result = await sql<PartnerRollupRow>`
    select * from app_monitoring_partners(${tenantId ?? null}::uuid) p order by p.kind, p.name_en`.execute(
    db,
  );
  return result.rows;
}

export interface UnitRollupRow {
  unit_id: string | null;
  name: string | null;
  pending: number;
  acknowledged: number;
  refused: number;
  departed: number;
  overdue: number;
  training_assigned: number;
  trained: number;
}

export async function partnerUnits(db: Executor, tenantId: string) {
  const result =
    await sql<UnitRollupRow>`select * from app_monitoring_partner_units(${tenantId}::uuid)`.execute(db);
  return result.rows;
}

export async function partnerTimeline(db: Executor, tenantId: string) {
  const result = await sql<{ at: Date; kind: string; version_number: number | null; detail: string | null }>`
    select * from app_monitoring_partner_timeline(${tenantId}::uuid)`.execute(db);
  return result.rows;
}

export interface CaseReportRow {
  tenant_id: string;
  year: number;
  quarter: number;
  received: number;
  by_channel: Record<string, number>;
  by_type: Record<string, number>;
  acknowledged_in_time: number;
  investigated: number;
  responded_in_time: number;
  outcomes: Record<string, number>;
  median_days_to_respond: string | null;
}

/** Raw counts for the service to suppress before anything leaves the server. */
export async function programmeCaseReports(db: Executor, tenantId?: string) {
  const result = await sql<CaseReportRow>`
    select * from app_monitoring_case_reports(${tenantId ?? null}::uuid)`.execute(db);
  return result.rows;
}

export interface ProgrammeTotalsRow {
  companies_adopted: number;
  universities_adopted: number;
  covered: number;
  acknowledged: number;
  training_assigned: number;
  trained: number;
  timely_responses: number;
}

export async function programmeTotals(db: Executor): Promise<ProgrammeTotalsRow> {
  const result = await sql<ProgrammeTotalsRow>`select * from app_monitoring_totals()`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('app_monitoring_totals returned no row');
  return row;
}

export async function programmeTrend(db: Executor, from: string) {
  const result = await sql<{
    day: string;
    companies_adopted: number;
    universities_adopted: number;
    covered: number;
    acknowledged: number;
    training_assigned: number;
    trained: number;
    timely_responses: number;
  }>`select day::text as day, companies_adopted, universities_adopted, covered, acknowledged,
      training_assigned, trained, timely_responses from app_monitoring_trend(${from}::date)`.execute(db);
  return result.rows;
}

export function findTargets(db: Executor) {
  return db.selectFrom('programme_targets').selectAll().executeTakeFirstOrThrow();
}

export async function setTargets(
  db: Executor,
  targets: {
    companiesAdopted: number;
    universitiesAdopted: number;
    acknowledgedShare: number;
    trainedShare: number;
    timelyResponsesBaseline: number;
    timelyResponsesIncrease: number;
  },
) {
  await sql`select app_set_programme_targets(${targets.companiesAdopted}::int, ${targets.universitiesAdopted}::int,
    ${targets.acknowledgedShare}::numeric, ${targets.trainedShare}::numeric, ${targets.timelyResponsesBaseline}::int,
    ${targets.timelyResponsesIncrease}::numeric)`.execute(db);
}

export type PartnerDayRow = Omit<Selectable<PartnerDailyTable>, 'tenant_id' | 'recorded_at'>;

/** One partner's daily snapshots from `from` on, oldest first (project staff only). */
export async function partnerTrend(db: Executor, tenantId: string, from: string) {
  const result = await sql<PartnerDayRow>`
    select day::text as day, covered, acknowledged, refused, overdue, training_assigned, trained
    from app_monitoring_partner_trend(${tenantId}::uuid, ${from}::date)`.execute(db);
  return result.rows;
}

/**
 * Daily upkeep: moves the overdue basis to today, then records today's programme totals and each
 * partner's counts (after the roll, so the snapshots need no histogram look-ups).
 */
export async function rollDay(db: Executor): Promise<number> {
  const result = await sql<{ rolled: number }>`select app_monitoring_roll_overdue() as rolled`.execute(db);
  await sql`select app_monitoring_record_snapshot()`.execute(db);
  await sql`select app_monitoring_record_partner_snapshot()`.execute(db);
  return result.rows[0]?.rolled ?? 0;
}

/** A donor report of the current (programme) tenant, for project staff to download. */
export function findDonorReport(db: Executor, id: string) {
  return db
    .selectFrom('documents')
    .select(['public_id as publicId', 'content'])
    .where('id', '=', id)
    .where('kind', '=', 'monitoring-report')
    .executeTakeFirst();
}
