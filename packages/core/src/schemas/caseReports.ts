import { z } from 'zod';

export const CASE_CHANNELS = ['hotline', 'email', 'in_person', 'online', 'other'] as const;
export const CASE_TYPES = [
  'sexual_harassment',
  'harassment',
  'discrimination',
  'abuse_of_authority',
  'violence',
  'other',
] as const;
export const CASE_OUTCOMES = [
  'substantiated',
  'not_substantiated',
  'resolved_informally',
  'withdrawn',
  'ongoing',
] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];
export type CaseType = (typeof CASE_TYPES)[number];
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

const count = z
  .number({ error: 'required' })
  .int({ error: 'notWholeNumber' })
  .min(0, { error: 'negative' })
  .max(1_000_000, { error: 'tooLarge' });

function countsOf<const K extends readonly string[]>(keys: K) {
  return z.object(Object.fromEntries(keys.map((key) => [key, count])) as { [P in K[number]]: typeof count });
}

function sum(values: Record<string, number>): number {
  return Object.values(values).reduce((total, value) => total + value, 0);
}

/**
 * The quarterly case-response report: counts only, never anything about a person. The same schema
 * runs in the browser form and on the server.
 */
export const caseReportInput = z
  .object({
    year: z.number().int({ error: 'notWholeNumber' }).min(2020, { error: 'invalidYear' }).max(2100, {
      error: 'invalidYear',
    }),
    quarter: z.number().int({ error: 'notWholeNumber' }).min(1, { error: 'invalidQuarter' }).max(4, {
      error: 'invalidQuarter',
    }),
    received: count,
    byChannel: countsOf(CASE_CHANNELS),
    byType: countsOf(CASE_TYPES),
    acknowledgedInTime: count,
    investigated: count,
    respondedInTime: count,
    outcomes: countsOf(CASE_OUTCOMES),
    medianDaysToRespond: z
      .number({ error: 'required' })
      .min(0, { error: 'negative' })
      .max(365, { error: 'tooLarge' })
      .nullable(),
  })
  .superRefine((report, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (sum(report.byChannel) !== report.received) issue('byChannel', 'caseReports.channelsSumMismatch');
    if (sum(report.byType) !== report.received) issue('byType', 'caseReports.typesSumMismatch');
    for (const field of ['acknowledgedInTime', 'investigated', 'respondedInTime'] as const) {
      if (report[field] > report.received) issue(field, 'caseReports.exceedsReceived');
    }
    if (sum(report.outcomes) > report.received) issue('outcomes', 'caseReports.outcomesExceedReceived');
    if (report.received > 0 && report.medianDaysToRespond === null) {
      issue('medianDaysToRespond', 'caseReports.medianRequired');
    }
    if (report.received === 0 && report.medianDaysToRespond !== null) {
      issue('medianDaysToRespond', 'caseReports.medianWithoutCases');
    }
  });
export type CaseReportInput = z.infer<typeof caseReportInput>;
