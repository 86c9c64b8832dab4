export {
  type ColumnMapping,
  checkMapping,
  columnMappingSchema,
  MappingError,
  type MappingProblem,
  type MappingProblemCode,
  parseMapping,
} from './column-mapping.js';
export type { ExistingPerson, PersonChanges, PersonStatus } from './existing-person.js';
export { FIELD_LIMITS } from './field-limits.js';
export { MAPPABLE_FIELDS, type MappableField } from './header-words.js';
export {
  type ImportPlan,
  type PlanConflict,
  type PlannedUpdate,
  type PlanOptions,
  planImport,
} from './plan-import.js';
export { readSheet } from './read-sheet.js';
export { SheetReadError, type SheetReadErrorCode } from './sheet-read-error.js';
export { suggestMapping } from './suggest-mapping.js';
export {
  type Language,
  type ParsedPerson,
  type PersonKind,
  REJECT_REASONS,
  type Rejection,
  type RejectReason,
  type RowKey,
  type Sheet,
  type SheetFormat,
  type SheetRow,
} from './types.js';
export {
  type ValidateOptions,
  type ValidationResult,
  validateOptionsSchema,
  validateRows,
} from './validate-rows.js';
