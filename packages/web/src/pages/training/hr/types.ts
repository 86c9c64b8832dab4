import type { AppRouter } from '@qorgau/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { Messages } from '../../../i18n/messages';

type Api = TRPCOptionsProxy<AppRouter>;

export type Assignment = inferOutput<Api['training']['assignments']>[number];
export type TrackingRow = inferOutput<Api['training']['tracking']>['rows'][number];
export type UnitSummaryRow = inferOutput<Api['training']['unitSummary']>[number];
export type QuizStats = inferOutput<Api['training']['quizStats']>;
export type SessionSummary = inferOutput<Api['trainingSessions']['list']>[number];
export type SessionDetail = inferOutput<Api['trainingSessions']['get']>;

export const TRACKING_STATUSES = ['pending', 'completed', 'overdue'] as const;
export type TrackingStatus = (typeof TRACKING_STATUSES)[number];

export type TrackingFilter = { assignmentId?: string; unitId?: string; status?: TrackingStatus };

/** The HTTP export of the tracking table, with the filters on screen. */
export function trainingExportUrl(format: 'csv' | 'xlsx', filter: TrackingFilter): string {
  const params = new URLSearchParams();
  if (filter.assignmentId) params.set('assignmentId', filter.assignmentId);
  if (filter.unitId) params.set('unitId', filter.unitId);
  if (filter.status) params.set('status', filter.status);
  const query = params.toString();
  return `/api/training/export.${format}${query ? `?${query}` : ''}`;
}

/** A row's status in words: "completed" is the learner's "passed", "pending" their "in progress". */
export function statusLabel(m: Messages, status: string): string {
  const s = m.training.statuses;
  return status === 'completed' ? s.passed : status === 'overdue' ? s.overdue : s.in_progress;
}

/** A date column as YYYY-MM-DD, whether it arrives as a date string or a timestamp. */
export function calendarDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
