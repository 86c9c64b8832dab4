import type { ElementId } from './standards.js';
import type { Language } from './types.js';

export const BLOCKING_CODES = [
  'CUSTOMIZATION_INVALID',
  'MANDATORY_CLAUSE_DISABLED',
  'MANDATORY_ELEMENT_MISSING',
  'TIME_LIMIT_OVER_CAP',
  'TIME_LIMIT_INCONSISTENT',
  'CASE_DURATION_OVER_CAP',
  'VARIABLE_UNFILLED',
  'VARIABLE_INVALID',
  'LANGUAGE_INCOMPLETE',
  'CUSTOM_CLAUSE_ID_CONFLICT',
  'CUSTOM_CLAUSE_ANCHOR_UNKNOWN',
  'RENDER_FAILED',
] as const;

export const WARNING_CODES = [
  'TIME_LIMIT_AT_CAP',
  'VALUE_LOOSER_THAN_MODEL',
  'LEGAL_REVIEW_PENDING',
  'MODEL_VERSION_OUTDATED',
  'UNKNOWN_VARIABLE',
  'UNKNOWN_CLAUSE',
  'CLAUSE_NOT_APPLICABLE',
  'OPTION_NOT_APPLICABLE',
  'CUSTOM_CLAUSE_LITERAL_MARKUP',
] as const;

export type BlockingCode = (typeof BLOCKING_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type ComplianceCode = BlockingCode | WarningCode;

export interface ComplianceIssue {
  code: ComplianceCode;
  /** English explanation for logs and admins; UIs translate by `code` and the fields below. */
  message: string;
  element?: ElementId;
  clauseId?: string;
  variable?: string;
  language?: Language;
}

export type IssueRef = Omit<ComplianceIssue, 'code' | 'message'>;

export interface IssueSink {
  block(code: BlockingCode, message: string, ref?: IssueRef): void;
  warn(code: WarningCode, message: string, ref?: IssueRef): void;
}

export class IssueCollector implements IssueSink {
  readonly blocking: ComplianceIssue[] = [];
  readonly warnings: ComplianceIssue[] = [];

  block(code: BlockingCode, message: string, ref: IssueRef = {}): void {
    this.blocking.push({ code, message, ...ref });
  }

  warn(code: WarningCode, message: string, ref: IssueRef = {}): void {
    this.warnings.push({ code, message, ...ref });
  }
}
