import { CASE_CHANNELS, CASE_OUTCOMES, CASE_TYPES, type CaseReportInput } from '@qorgau/core';
import type { FieldErrors } from '../../../lib/errors';

type Channel = (typeof CASE_CHANNELS)[number];
type CaseType = (typeof CASE_TYPES)[number];
type Outcome = (typeof CASE_OUTCOMES)[number];

/** What the inputs hold: text, so a half-typed number is kept as typed. */
export type CaseReportForm = {
  year: string;
  quarter: string;
  received: string;
  byChannel: Record<Channel, string>;
  byType: Record<CaseType, string>;
  acknowledgedInTime: string;
  investigated: string;
  respondedInTime: string;
  outcomes: Record<Outcome, string>;
  medianDaysToRespond: string;
};

function filled<K extends string>(keys: readonly K[], value: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, string>;
}

/** The quarter that ended last: the one a report is normally due for. */
export function lastFinishedQuarter(today: Date): { year: number; quarter: number } {
  const current = Math.floor(today.getMonth() / 3) + 1;
  return current === 1
    ? { year: today.getFullYear() - 1, quarter: 4 }
    : { year: today.getFullYear(), quarter: current - 1 };
}

export function emptyForm(period: { year: number; quarter: number }): CaseReportForm {
  return {
    year: String(period.year),
    quarter: String(period.quarter),
    received: '0',
    byChannel: filled(CASE_CHANNELS, () => '0'),
    byType: filled(CASE_TYPES, () => '0'),
    acknowledgedInTime: '0',
    investigated: '0',
    respondedInTime: '0',
    outcomes: filled(CASE_OUTCOMES, () => '0'),
    medianDaysToRespond: '',
  };
}

/** A submitted report back into the form, for looking at or replacing it. */
export function formFromReport(report: CaseReportInput): CaseReportForm {
  return {
    year: String(report.year),
    quarter: String(report.quarter),
    received: String(report.received),
    byChannel: filled(CASE_CHANNELS, (key) => String(report.byChannel[key])),
    byType: filled(CASE_TYPES, (key) => String(report.byType[key])),
    acknowledgedInTime: String(report.acknowledgedInTime),
    investigated: String(report.investigated),
    respondedInTime: String(report.respondedInTime),
    outcomes: filled(CASE_OUTCOMES, (key) => String(report.outcomes[key])),
    medianDaysToRespond: report.medianDaysToRespond === null ? '' : String(report.medianDaysToRespond),
  };
}

const WHOLE = /^\d+$/;

/**
 * Text to numbers for the shared schema. An empty count means none; anything that is not a whole
 * number is reported right here, because the schema would only see NaN and name no better message.
 */
export function inputFromForm(form: CaseReportForm): { input: unknown; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const count = (path: string, text: string): number => {
    const trimmed = text.trim();
    if (trimmed === '') return 0;
    if (!WHOLE.test(trimmed)) {
      errors[path] = trimmed.startsWith('-') ? 'negative' : 'notWholeNumber';
      return Number.NaN;
    }
    return Number(trimmed);
  };
  const counts = <K extends string>(group: string, values: Record<K, string>) =>
    Object.fromEntries(
      Object.entries<string>(values).map(([key, text]) => [key, count(`${group}.${key}`, text)]),
    ) as Record<K, number>;
  const median = form.medianDaysToRespond.trim().replace(',', '.');
  const medianValue = median === '' ? null : Number(median);
  if (medianValue !== null && !Number.isFinite(medianValue)) errors.medianDaysToRespond = 'notWholeNumber';
  return {
    input: {
      year: Number(form.year),
      quarter: Number(form.quarter),
      received: count('received', form.received),
      byChannel: counts('byChannel', form.byChannel),
      byType: counts('byType', form.byType),
      acknowledgedInTime: count('acknowledgedInTime', form.acknowledgedInTime),
      investigated: count('investigated', form.investigated),
      respondedInTime: count('respondedInTime', form.respondedInTime),
      outcomes: counts('outcomes', form.outcomes),
      medianDaysToRespond: medianValue,
    },
    errors,
  };
}

/** A running total beside a breakdown; blanks and typos count as nothing until fixed. */
export function sumOf(values: Record<string, string>): number {
  return Object.values(values).reduce(
    (sum, text) => sum + (WHOLE.test(text.trim()) ? Number(text.trim()) : 0),
    0,
  );
}
