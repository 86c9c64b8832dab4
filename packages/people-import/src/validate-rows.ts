import { emailSchema, LANGUAGES, PERSON_KINDS } from '@qorgau/core';
import { z } from 'zod';
import { cleanText } from './clean-text.js';
import { type ColumnMapping, parseMapping } from './column-mapping.js';
import { exceedsLimit, FIELD_LIMITS } from './field-limits.js';
import type { MappableField } from './header-words.js';
import { parseKind, parseLanguage } from './parse-choice.js';
import { parseDate } from './parse-date.js';
import type { ParsedPerson, Rejection, RejectReason, RowKey, Sheet, SheetRow } from './types.js';

export const validateOptionsSchema = z.object({
  today: z.iso.date(),
  defaultLanguage: z.enum(LANGUAGES),
  defaultKind: z.enum(PERSON_KINDS),
});
export type ValidateOptions = z.infer<typeof validateOptionsSchema>;

export interface ValidationResult {
  valid: ParsedPerson[];
  rejected: Rejection[];
  /**
   * Number and email of each rejected row. Those people are still in the file, so an import that
   * deactivates missing people must not deactivate them (pass these to planImport as keepActive).
   */
  rejectedKeys: RowKey[];
}

interface Context {
  columns: ColumnMapping;
  headers: string[];
  options: ValidateOptions;
  seenNumbers: Set<string>;
  seenEmails: Set<string>;
}

function cell(row: SheetRow, column: number | undefined): string {
  return column === undefined ? '' : cleanText(row.cells[column] ?? '');
}

function addProblem(
  problems: Rejection[],
  context: Context,
  line: number,
  field: MappableField,
  reason: RejectReason,
): void {
  const column = context.columns[field];
  problems.push({ line, column: column === undefined ? '' : (context.headers[column] ?? ''), field, reason });
}

function checkLength(
  problems: Rejection[],
  context: Context,
  line: number,
  field: 'number' | 'fullName' | 'unit' | 'position',
  value: string,
): string | null {
  if (exceedsLimit(value, FIELD_LIMITS[field])) addProblem(problems, context, line, field, 'tooLong');
  return value === '' ? null : value;
}

/** Appends the row's problems to `problems`; returns the person when the row is importable. */
function validateRow(row: SheetRow, context: Context, problems: Rejection[]): ParsedPerson | RowKey | null {
  const { columns, options, seenNumbers, seenEmails } = context;
  const rawNumber = cell(row, columns.number);
  const rawName = cell(row, columns.fullName);
  const rawUnit = cell(row, columns.unit);
  const rawPosition = cell(row, columns.position);
  const rawDate = cell(row, columns.hiredOn);
  const rawEmail = cell(row, columns.email);
  const rawLanguage = cell(row, columns.language);
  const rawKind = cell(row, columns.kind);
  // Rows that only hold unmapped columns (a row counter, a signature line) carry nothing to import.
  if (!(rawNumber || rawName || rawUnit || rawPosition || rawDate || rawEmail || rawLanguage || rawKind))
    return null;

  const line = row.line;
  const before = problems.length;
  const number = checkLength(problems, context, line, 'number', rawNumber);
  if (number !== null) {
    if (seenNumbers.has(number)) addProblem(problems, context, line, 'number', 'duplicateNumber');
    seenNumbers.add(number);
  }
  const fullName = checkLength(problems, context, line, 'fullName', rawName);
  if (fullName === null) addProblem(problems, context, line, 'fullName', 'required');
  const unit = checkLength(problems, context, line, 'unit', rawUnit);
  const position = checkLength(problems, context, line, 'position', rawPosition);

  const date = parseDate(rawDate);
  if (date === 'invalid') addProblem(problems, context, line, 'hiredOn', 'invalidDate');
  else if (date !== null && date.iso > options.today)
    addProblem(problems, context, line, 'hiredOn', 'futureDate');

  const email = rawEmail === '' ? null : rawEmail.toLowerCase();
  if (email !== null) {
    if (exceedsLimit(email, FIELD_LIMITS.email)) addProblem(problems, context, line, 'email', 'tooLong');
    else if (!emailSchema.safeParse(email).success)
      addProblem(problems, context, line, 'email', 'invalidEmail');
    else if (seenEmails.has(email)) addProblem(problems, context, line, 'email', 'duplicateEmail');
    else seenEmails.add(email);
  }
  if (number === null && email === null) {
    addProblem(problems, context, line, columns.number !== undefined ? 'number' : 'email', 'required');
  }

  const language = parseLanguage(rawLanguage);
  if (language === 'invalid') addProblem(problems, context, line, 'language', 'invalidValue');
  const kind = parseKind(rawKind);
  if (kind === 'invalid') addProblem(problems, context, line, 'kind', 'invalidValue');

  // Each check after the first already added a problem; repeating them narrows the types below.
  if (
    problems.length > before ||
    fullName === null ||
    date === 'invalid' ||
    language === 'invalid' ||
    kind === 'invalid'
  ) {
    return { number, email };
  }
  const defaulted: ParsedPerson['defaulted'] = [];
  if (language === null) defaulted.push('language');
  if (kind === null) defaulted.push('kind');
  return {
    line,
    number,
    fullName,
    unit,
    position,
    hiredOn: date === null ? null : date.iso,
    email,
    language: language ?? options.defaultLanguage,
    kind: kind ?? options.defaultKind,
    defaulted,
  };
}

/**
 * Checks every row and reports every problem of every row, so the user can fix the file in one pass.
 * Duplicates are judged against all earlier rows, valid or not: the first occurrence in the file wins.
 */
export function validateRows(
  sheet: Sheet,
  mapping: ColumnMapping,
  options: ValidateOptions,
): ValidationResult {
  const context: Context = {
    columns: parseMapping(mapping, sheet.headers),
    headers: sheet.headers,
    options: validateOptionsSchema.parse(options),
    seenNumbers: new Set(),
    seenEmails: new Set(),
  };
  const result: ValidationResult = { valid: [], rejected: [], rejectedKeys: [] };
  for (const row of sheet.rows) {
    const outcome = validateRow(row, context, result.rejected);
    if (outcome === null) continue;
    if ('line' in outcome) result.valid.push(outcome);
    else result.rejectedKeys.push(outcome);
  }
  return result;
}
