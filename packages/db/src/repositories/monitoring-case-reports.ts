import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface CaseReportValues {
  tenantId: string;
  year: number;
  quarter: number;
  received: number;
  byChannel: Record<string, number>;
  byType: Record<string, number>;
  acknowledgedInTime: number;
  investigated: number;
  respondedInTime: number;
  outcomes: Record<string, number>;
  medianDaysToRespond: number | null;
  submittedBy: string | null;
}

const COLUMNS = [
  'id',
  'year',
  'quarter',
  'received',
  'by_channel',
  'by_type',
  'acknowledged_in_time',
  'investigated',
  'responded_in_time',
  'outcomes',
  'median_days_to_respond',
  'revision',
  'submitted_at',
] as const;

/** One report per quarter: submitting the same quarter again replaces it and bumps its revision. */
export function upsertCaseReport(db: Executor, report: CaseReportValues) {
  const values = {
    received: report.received,
    by_channel: JSON.stringify(report.byChannel),
    by_type: JSON.stringify(report.byType),
    acknowledged_in_time: report.acknowledgedInTime,
    investigated: report.investigated,
    responded_in_time: report.respondedInTime,
    outcomes: JSON.stringify(report.outcomes),
    median_days_to_respond: report.medianDaysToRespond,
    submitted_by: report.submittedBy,
  };
  return db
    .insertInto('case_reports')
    .values({ tenant_id: report.tenantId, year: report.year, quarter: report.quarter, ...values })
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'year', 'quarter']).doUpdateSet({
        ...values,
        revision: sql`case_reports.revision + 1`,
        submitted_at: sql`now()`,
      }),
    )
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

export function listCaseReports(db: Executor) {
  return db
    .selectFrom('case_reports')
    .select(COLUMNS)
    .orderBy('year', 'desc')
    .orderBy('quarter', 'desc')
    .execute();
}
