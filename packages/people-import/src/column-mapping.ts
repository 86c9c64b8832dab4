import { z } from 'zod';
import { isIdentityHeader, MAPPABLE_FIELDS, type MappableField } from './header-words.js';

const columnIndex = z.number().int().min(0);

/**
 * Target field → column index. Strict, so a mapping cannot smuggle in a field we do not store (an ИИН
 * above all): unknown keys are an error, not silently dropped.
 */
export const columnMappingSchema = z.strictObject({
  number: columnIndex.optional(),
  fullName: columnIndex.optional(),
  unit: columnIndex.optional(),
  position: columnIndex.optional(),
  hiredOn: columnIndex.optional(),
  email: columnIndex.optional(),
  language: columnIndex.optional(),
  kind: columnIndex.optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export type MappingProblemCode =
  | 'invalidShape'
  | 'fullNameNotMapped'
  | 'keyNotMapped'
  | 'columnOutOfRange'
  | 'columnUsedTwice'
  | 'identityColumn';

export interface MappingProblem {
  code: MappingProblemCode;
  field?: MappableField;
}

export class MappingError extends Error {
  constructor(readonly problems: MappingProblem[]) {
    super(`invalid column mapping: ${problems.map((problem) => problem.code).join(', ')}`);
    this.name = 'MappingError';
  }
}

/** What the mapping screen should flag before validation can run; empty when the mapping is usable. */
export function checkMapping(input: unknown, headers: string[]): MappingProblem[] {
  const parsed = columnMappingSchema.safeParse(input);
  if (!parsed.success) return [{ code: 'invalidShape' }];
  const mapping = parsed.data;
  const problems: MappingProblem[] = [];
  if (mapping.fullName === undefined) problems.push({ code: 'fullNameNotMapped' });
  if (mapping.number === undefined && mapping.email === undefined) problems.push({ code: 'keyNotMapped' });
  const usedBy = new Map<number, MappableField>();
  for (const field of MAPPABLE_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (column >= headers.length) problems.push({ code: 'columnOutOfRange', field });
    else if (isIdentityHeader(headers[column] ?? '')) problems.push({ code: 'identityColumn', field });
    if (usedBy.has(column)) problems.push({ code: 'columnUsedTwice', field });
    usedBy.set(column, field);
  }
  return problems;
}

export function parseMapping(input: unknown, headers: string[]): ColumnMapping {
  const problems = checkMapping(input, headers);
  if (problems.length > 0) throw new MappingError(problems);
  return columnMappingSchema.parse(input);
}
