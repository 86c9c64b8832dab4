import type { Language } from '@qorgau/core';
import type { ModelVariable } from '../../../app/types';
import type { Formatters } from '../../../i18n/format';
import type { Messages } from '../../../i18n/messages';
import type { OrganisationKind, VariableValue } from '../../policy/customization';
import { quantity } from '../../policy/issues';

/** A field's complaint: a dictionary key (errors.fields) or a sentence with numbers in it. */
export type FieldProblem = { key: string } | { text: string };

// The same shapes the policy engine accepts (packages/policy/src/values.ts).
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{1,24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INTEGER = /^-?\d+$/;

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && !/\s/.test(value);
  } catch {
    return false;
  }
}

function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export function hasDefault(variable: ModelVariable, kind: OrganisationKind): boolean {
  if (kind === 'university' && 'defaultUniversity' in variable && variable.defaultUniversity !== undefined)
    return true;
  return variable.default !== undefined;
}

/**
 * Checks one value the way the engine will, so people see problems while typing. Whether an empty
 * required field matters depends on the clauses that use it, which only the server knows:
 * `serverSaysUnfilled` carries its verdict from the last compliance check.
 */
export function checkVariable(
  m: Messages,
  format: Formatters,
  variable: ModelVariable,
  value: VariableValue | undefined,
  serverSaysUnfilled: boolean,
): FieldProblem | null {
  const blank =
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (typeof value === 'object' && Object.values(value).every((text) => !text?.trim()));
  if (blank) return serverSaysUnfilled ? { key: 'required' } : null;

  switch (variable.type) {
    case 'text':
    case 'multilingualText': {
      const texts = typeof value === 'object' ? Object.values(value) : [String(value)];
      const max = variable.constraints.maxLength;
      return texts.some((text) => (text ?? '').trim().length > max)
        ? { text: m.policy.checks.tooLong(format.number(max)) }
        : null;
    }
    case 'email':
      return EMAIL.test(String(value).trim()) ? null : { key: 'invalidEmail' };
    case 'phone':
      return PHONE.test(String(value).trim()) ? null : { key: 'invalidPhone' };
    case 'url':
      return isHttpsUrl(String(value).trim()) ? null : { key: 'invalidHttpsUrl' };
    case 'date':
      return isIsoDate(String(value)) ? null : { key: 'invalidDate' };
    case 'enum':
      return variable.options.some((option) => option.value === value) ? null : { key: 'invalidId' };
    case 'integer': {
      if (typeof value !== 'number' && !INTEGER.test(String(value).trim())) return { key: 'notWholeNumber' };
      const number = Number(value);
      const { min, max } = variable.constraints;
      if (number < min || number > max)
        return { text: m.policy.checks.range(format.number(min), format.number(max)) };
      if (variable.cap !== undefined && number > variable.cap)
        return { text: m.policy.checks.overCap(quantity(m, variable, variable.cap)) };
      return null;
    }
  }
}

/** A multilingual value with some languages filled needs all three. */
export function missingLanguages(
  value: VariableValue | undefined,
  languages: readonly Language[],
): Language[] {
  if (typeof value !== 'object') return [];
  const filled = languages.filter((language) => value[language]?.trim());
  return filled.length === 0 ? [] : languages.filter((language) => !value[language]?.trim());
}

/** What goes into the customization for what was typed: numbers as numbers, empties removed. */
export function valueFromInput(variable: ModelVariable, raw: string): VariableValue | undefined {
  if (raw.trim() === '') return undefined;
  if (variable.type === 'integer' && INTEGER.test(raw.trim())) return Number(raw.trim());
  return raw;
}
