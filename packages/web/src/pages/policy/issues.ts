import type { Language } from '@qorgau/core';
import type { ComplianceIssue, ElementId, ModelClause, ModelVariable } from '../../app/types';
import type { Messages } from '../../i18n/messages';
import { type Customization, humanize } from './customization';

/**
 * What an issue needs besides its code: names in the reader's language. The reviewer may not have the
 * model at hand, so every lookup falls back to a readable form of the id.
 */
export type PolicyNames = {
  clauseTitle: (id: string) => string;
  variableLabel: (name: string) => string;
  variable: (name: string) => ModelVariable | undefined;
  value: (name: string) => unknown;
};

export function policyNames(
  language: Language,
  clauses: readonly ModelClause[] | undefined,
  variables: readonly ModelVariable[] | undefined,
  customization: Customization | null,
): PolicyNames {
  const clauseById = new Map((clauses ?? []).map((clause) => [clause.id, clause]));
  const variableByName = new Map((variables ?? []).map((variable) => [variable.name, variable]));
  return {
    clauseTitle: (id) => {
      const model = clauseById.get(id)?.title[language];
      if (model) return model;
      const custom = customization?.customClauses.find((clause) => clause.id === id);
      return custom?.title[language]?.trim() || humanize(id);
    },
    variableLabel: (name) => variableByName.get(name)?.label[language] ?? humanize(name),
    variable: (name) => variableByName.get(name),
    value: (name) => customization?.values[name],
  };
}

/** An integer variable's value as people read it: "30 days", "3 working days". */
export function quantity(m: Messages, variable: ModelVariable | undefined, value: unknown): string {
  if (typeof value !== 'number') return String(value ?? '');
  if (variable?.type !== 'integer') return String(value);
  return m.policy.units[variable.unit](value);
}

/**
 * The numbers an issue about a time limit needs. They come from the model's variable when the reader
 * has the model; otherwise (the review pages, for now) from the engine's English message, which
 * always ends with them, shown without their unit.
 */
function integerFacts(m: Messages, names: PolicyNames, issue: ComplianceIssue) {
  const name = issue.variable ?? '';
  const variable = names.variable(name);
  const supplied = names.value(name);
  const numeric = typeof supplied === 'number' ? supplied : Number(supplied);
  const integer = variable?.type === 'integer' ? variable : undefined;
  const current = supplied === undefined || Number.isNaN(numeric) ? integer?.default : numeric;
  const numbers = issue.message.match(/\d+/g) ?? [];
  const last = numbers.at(-1) ?? '';
  return {
    value: current === undefined ? '' : quantity(m, variable, current),
    cap: integer?.cap !== undefined ? quantity(m, variable, integer.cap) : last,
    model: integer ? quantity(m, variable, integer.default) : last,
  };
}

export function languageName(m: Messages, language: string | undefined): string {
  const names: Record<string, string> = m.policy.languageNames;
  return language && Object.hasOwn(names, language) ? (names[language] ?? language) : (language ?? '');
}

export function elementName(m: Messages, element: string): string {
  const names: Record<string, string> = m.policy.elements;
  return Object.hasOwn(names, element) ? `${element} · ${names[element]}` : element;
}

/** The issue in the reader's language; a code this build does not know keeps the engine's English. */
export function describeIssue(m: Messages, issue: ComplianceIssue, names: PolicyNames): string {
  const t = m.policy.issues;
  const clause = issue.clauseId ? names.clauseTitle(issue.clauseId) : '';
  const variable = issue.variable ? names.variableLabel(issue.variable) : '';
  const language = languageName(m, issue.language);
  switch (issue.code) {
    case 'CUSTOMIZATION_INVALID':
      return t.CUSTOMIZATION_INVALID;
    case 'MANDATORY_CLAUSE_DISABLED':
      return t.MANDATORY_CLAUSE_DISABLED(clause);
    case 'MANDATORY_ELEMENT_MISSING':
      return t.MANDATORY_ELEMENT_MISSING(elementName(m, issue.element ?? ''));
    case 'TIME_LIMIT_OVER_CAP': {
      const facts = integerFacts(m, names, issue);
      return t.TIME_LIMIT_OVER_CAP(variable, facts.value, facts.cap);
    }
    case 'TIME_LIMIT_INCONSISTENT':
      return t.TIME_LIMIT_INCONSISTENT(variable);
    case 'CASE_DURATION_OVER_CAP':
      return t.CASE_DURATION_OVER_CAP(integerFacts(m, names, issue).value);
    case 'VARIABLE_UNFILLED':
      return t.VARIABLE_UNFILLED(variable);
    case 'VARIABLE_INVALID':
      return t.VARIABLE_INVALID(variable);
    case 'LANGUAGE_INCOMPLETE':
      return t.LANGUAGE_INCOMPLETE(issue.variable ? variable : clause, language);
    case 'CUSTOM_CLAUSE_ID_CONFLICT':
      return t.CUSTOM_CLAUSE_ID_CONFLICT(clause);
    case 'CUSTOM_CLAUSE_ANCHOR_UNKNOWN':
      return t.CUSTOM_CLAUSE_ANCHOR_UNKNOWN(clause);
    case 'RENDER_FAILED':
      return t.RENDER_FAILED(language);
    case 'TIME_LIMIT_AT_CAP':
      return t.TIME_LIMIT_AT_CAP(variable, integerFacts(m, names, issue).cap);
    case 'VALUE_LOOSER_THAN_MODEL': {
      const facts = integerFacts(m, names, issue);
      return t.VALUE_LOOSER_THAN_MODEL(variable, facts.value, facts.model);
    }
    case 'LEGAL_REVIEW_PENDING':
      return t.LEGAL_REVIEW_PENDING(clause);
    case 'MODEL_VERSION_OUTDATED':
      return t.MODEL_VERSION_OUTDATED;
    case 'UNKNOWN_VARIABLE':
      return t.UNKNOWN_VARIABLE(issue.variable ?? '');
    case 'UNKNOWN_CLAUSE':
      return t.UNKNOWN_CLAUSE(issue.clauseId ?? '');
    case 'CLAUSE_NOT_APPLICABLE':
      return t.CLAUSE_NOT_APPLICABLE(clause);
    case 'OPTION_NOT_APPLICABLE':
      return t.OPTION_NOT_APPLICABLE(variable);
    case 'CUSTOM_CLAUSE_LITERAL_MARKUP':
      return t.CUSTOM_CLAUSE_LITERAL_MARKUP(clause, language);
    default:
      // A newer server may send codes this build has no words for.
      return issue.message;
  }
}

/** Short name of a code, for grouping many issues of one kind ("Legal review pending (33)"). */
export function issueTitle(m: Messages, code: string): string | null {
  const titles: Record<string, string> = m.policy.issueTitles;
  return Object.hasOwn(titles, code) ? (titles[code] ?? null) : null;
}

export type IssueTarget = { kind: 'variable'; name: string } | { kind: 'clause'; id: string } | null;

/** Where in the editor an issue can be fixed. */
export function issueTarget(issue: ComplianceIssue): IssueTarget {
  if (issue.variable) return { kind: 'variable', name: issue.variable };
  if (issue.clauseId) return { kind: 'clause', id: issue.clauseId };
  return null;
}

export const ELEMENT_IDS: readonly ElementId[] = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
  'M13',
  'M14',
  'M15',
  'M16',
  'M17',
  'M18',
  'M19',
  'M20',
  'M21',
  'M22',
  'M23',
];
