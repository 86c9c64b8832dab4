import type { Language, PERSON_KINDS } from '@qorgau/core';

export type { Language };
export type PersonKind = (typeof PERSON_KINDS)[number];

export type SheetFormat = 'csv' | 'xlsx';

export interface SheetRow {
  /** Row number as the user sees it: the spreadsheet row (XLSX) or the 1-based line a record starts on (CSV). */
  line: number;
  cells: string[];
}

export interface Sheet {
  headerRow: number;
  headers: string[];
  /**
   * Headers of columns dropped while reading because they hold national identity numbers (ИИН): shown to
   * the user as "not imported", never mappable. Their cells are not in `rows`.
   */
  omittedHeaders: string[];
  rows: SheetRow[];
  /** Only for CSV: the character set the bytes were decoded from. */
  encoding?: string;
  format: SheetFormat;
}

export const REJECT_REASONS = [
  'required',
  'invalidEmail',
  'duplicateNumber',
  'duplicateEmail',
  'futureDate',
  'invalidDate',
  'tooLong',
  'invalidValue',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface ParsedPerson {
  line: number;
  number: string | null;
  fullName: string;
  unit: string | null;
  position: string | null;
  hiredOn: string | null;
  /** Lowercased. */
  email: string | null;
  language: Language;
  kind: PersonKind;
  /**
   * Fields whose cell was empty or unmapped, so the import default was used. An update must not
   * overwrite a person's own choice with a default, so planImport leaves these fields alone.
   */
  defaulted: ('language' | 'kind')[];
}

export interface Rejection {
  line: number;
  /** Header of the column as it appears in the file; empty when the field has no column. */
  column: string;
  field: string;
  reason: RejectReason;
}

/** How a row identifies a person: employee/student number first, email otherwise. */
export interface RowKey {
  number: string | null;
  email: string | null;
}
