import { type Language, notFound } from '@qorgau/core';
import {
  audienceRepository,
  type Executor,
  trainingAssignmentsRepository,
  trainingTrackingRepository,
} from '@qorgau/db';
import { attemptsLeft } from '@qorgau/training';
import ExcelJS from 'exceljs';
import { currentCourseVersion } from './course-versions.js';

export interface TrackingInput {
  assignmentId?: string | undefined;
  unitId?: string | undefined;
  status?: 'pending' | 'completed' | 'overdue' | undefined;
  search?: string | undefined;
}

function iso(value: Date | null): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** Filters name this organisation's assignment and unit, or nothing at all. */
async function checkFilters(
  tx: Executor,
  input: { assignmentId?: string | undefined; unitId?: string | undefined },
) {
  if (input.assignmentId && !(await trainingAssignmentsRepository.findAssignment(tx, input.assignmentId))) {
    throw notFound('trainingAssignment');
  }
  if (input.unitId && (await audienceRepository.countUnits(tx, [input.unitId])) !== 1) throw notFound('unit');
}

export const TRACKING_PAGE_SIZE = 50;

type Row = Awaited<ReturnType<typeof trainingTrackingRepository.trackingRows>>[number];

function trackingRow(row: Row, today: string) {
  const attempts = Number(row.attempts ?? 0);
  const completed = row.status === 'completed';
  return {
    assignmentId: row.assignmentId,
    assignmentTitle: row.assignmentTitle,
    personId: row.personId,
    fullName: row.fullName,
    number: row.number,
    isManager: row.isManager,
    unitId: row.unitId,
    unitName: row.unitName,
    cycle: row.cycle,
    status: row.status === 'pending' && row.dueDate < today ? ('overdue' as const) : row.status,
    dueDate: row.dueDate,
    startedAt: iso(row.startedAt),
    completedAt: iso(row.completedAt),
    modulesDone: row.modulesDone.length,
    attempts,
    /** Null only when the organisation has no course version yet. */
    attemptsLeft:
      row.maxAttempts === null
        ? null
        : attemptsLeft({
            used: attempts,
            maxAttempts: Number(row.maxAttempts),
            extraGranted: row.extraAttempts,
            passed: completed,
          }),
    bestScore: row.bestScore === null || row.bestScore === undefined ? null : Number(row.bestScore),
    creditedBy: row.completionSource,
    certificate: row.certificateDocumentId
      ? { documentId: row.certificateDocumentId, publicId: row.certificatePublicId }
      : null,
  };
}

/** Each person's standing on their current cycle, per assignment: every row, for the export. */
export async function trainingTracking(tx: Executor, input: TrackingInput, today: string) {
  await checkFilters(tx, input);
  const rows = await trainingTrackingRepository.trackingRows(tx, { ...input, today });
  return rows.map((row) => trackingRow(row, today));
}

/** HR's screen: one page of 50, filtered by the database, with the total for the pager. */
export async function trainingTrackingPage(
  tx: Executor,
  input: TrackingInput & { page: number },
  today: string,
) {
  await checkFilters(tx, input);
  const filter = { ...input, today };
  const offset = (input.page - 1) * TRACKING_PAGE_SIZE;
  const rows = await trainingTrackingRepository.trackingRows(tx, {
    ...filter,
    page: { limit: TRACKING_PAGE_SIZE, offset },
  });
  // Past the last page the window count is gone with the rows; the first row still knows it.
  const total =
    rows[0]?.total ??
    (offset > 0
      ? ((await trainingTrackingRepository.trackingRows(tx, { ...filter, page: { limit: 1, offset: 0 } }))[0]
          ?.total ?? 0)
      : 0);
  return {
    rows: rows.map((row) => trackingRow(row, today)),
    total: Number(total),
    page: input.page,
    pageSize: TRACKING_PAGE_SIZE,
  };
}

export async function trainingUnitSummary(tx: Executor, assignmentId: string | undefined, today: string) {
  await checkFilters(tx, { assignmentId });
  const rows = await trainingTrackingRepository.unitSummary(tx, assignmentId, today);
  return rows.map((row) => ({
    ...row,
    completionRate: row.assigned === 0 ? null : row.completed / row.assigned,
  }));
}

/** Which questions fail most: per question of the current course, with its prompt in the language asked. */
export async function quizStatistics(
  tx: Executor,
  tenantId: string,
  assignmentId: string | undefined,
  language: Language,
) {
  await checkFilters(tx, { assignmentId });
  const version = await currentCourseVersion(tx, tenantId);
  const prompts = new Map(version.course.questionBank.map((question) => [question.id, question]));
  const rows = await trainingTrackingRepository.questionStatistics(tx, assignmentId);
  const summary = await trainingTrackingRepository.attemptSummary(tx, assignmentId);
  return {
    attempts: summary.attempts,
    passed: summary.passed,
    averageScore: summary.averageScore,
    questions: rows.map((row) => {
      const question = prompts.get(row.questionId);
      return {
        questionId: row.questionId,
        moduleId: question?.moduleId ?? null,
        prompt: question?.prompt[language] ?? row.questionId,
        answered: row.answered,
        failed: row.failed,
        failRate: row.answered === 0 ? 0 : row.failed / row.answered,
      };
    }),
  };
}

type TrackingRow = Awaited<ReturnType<typeof trainingTracking>>[number];

const HEADERS = [
  'assignment',
  'full_name',
  'number',
  'unit',
  'manager',
  'cycle',
  'status',
  'due_date',
  'completed_at',
  'attempts',
  'best_score',
  'credited_by',
  'certificate',
];

function cells(row: TrackingRow): (string | number)[] {
  return [
    row.assignmentTitle,
    row.fullName,
    row.number ?? '',
    row.unitName ?? '',
    row.isManager ? 'yes' : 'no',
    row.cycle,
    row.status,
    row.dueDate,
    row.completedAt ?? '',
    row.attempts,
    row.bestScore ?? '',
    row.creditedBy ?? '',
    row.certificate?.publicId ?? '',
  ];
}

/** Spreadsheet software must not run a name as a formula. */
function csvCell(value: string | number): string {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function trackingCsv(rows: TrackingRow[]): string {
  const lines = [HEADERS, ...rows.map(cells)].map((line) => line.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function trackingXlsx(rows: TrackingRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('training');
  sheet.addRow(HEADERS);
  for (const row of rows) {
    sheet.addRow(
      cells(row).map((value) => (typeof value === 'string' && /^[=+\-@]/.test(value) ? `'${value}` : value)),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
