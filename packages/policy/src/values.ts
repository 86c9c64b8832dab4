import type { ManifestVariable } from './manifest-schema.js';
import { LANGUAGES, type Language, type OrganisationKind } from './types.js';

export type PartialMultilingual = Partial<Record<Language, string>>;
export type VariableValue = string | number | PartialMultilingual;

export type ResolvedVariable =
  | { status: 'filled' | 'default'; value: VariableValue }
  | { status: 'unfilled' }
  | { status: 'invalid'; reason: string };

type Validation = { ok: true; value: VariableValue } | { ok: false; reason: string };

/**
 * Control characters and the private-use area are dropped because the renderer uses private-use
 * characters as placeholders for values; letting them through would let a value impersonate another.
 */
const UNSAFE_CHARS = /[\p{Cc}\p{Co}]/gu;

export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(UNSAFE_CHARS, ' ').replace(/\s+/g, ' ').trim();
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
// Short service numbers such as 111 or 102 are valid phone numbers in Kazakhstan.
const PHONE = /^\+?[0-9][0-9 ()-]{1,24}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function validateValue(variable: ManifestVariable, raw: unknown): Validation {
  switch (variable.type) {
    case 'text': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected text' };
      const value = cleanText(raw);
      if (value.length > variable.constraints.maxLength) return { ok: false, reason: 'too long' };
      return value ? { ok: true, value } : { ok: false, reason: 'empty' };
    }
    case 'multilingualText': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { ok: false, reason: 'expected text in kk, ru and en' };
      }
      const value: PartialMultilingual = {};
      for (const lang of LANGUAGES) {
        const text = (raw as Record<string, unknown>)[lang];
        if (text === undefined) continue;
        if (typeof text !== 'string') return { ok: false, reason: `expected text for ${lang}` };
        const cleaned = cleanText(text);
        if (cleaned.length > variable.constraints.maxLength) return { ok: false, reason: `${lang} too long` };
        if (cleaned) value[lang] = cleaned;
      }
      return Object.keys(value).length > 0 ? { ok: true, value } : { ok: false, reason: 'empty' };
    }
    case 'email': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected an email address' };
      const value = cleanText(raw);
      return EMAIL.test(value) && value.length <= 254
        ? { ok: true, value }
        : { ok: false, reason: 'not an email' };
    }
    case 'phone': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected a phone number' };
      const value = cleanText(raw);
      return PHONE.test(value) ? { ok: true, value } : { ok: false, reason: 'not a phone number' };
    }
    case 'url': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected a web address' };
      const value = cleanText(raw);
      return isHttpsUrl(value) ? { ok: true, value } : { ok: false, reason: 'not an https:// address' };
    }
    case 'integer': {
      if (typeof raw !== 'number' || !Number.isInteger(raw))
        return { ok: false, reason: 'expected a whole number' };
      const { min, max } = variable.constraints;
      return raw >= min && raw <= max
        ? { ok: true, value: raw }
        : { ok: false, reason: `outside ${min}..${max}` };
    }
    case 'date': {
      if (typeof raw !== 'string') return { ok: false, reason: 'expected a date' };
      return isIsoDate(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not a YYYY-MM-DD date' };
    }
    case 'enum': {
      if (typeof raw !== 'string' || !variable.options.some((o) => o.value === raw)) {
        return { ok: false, reason: `expected one of ${variable.options.map((o) => o.value).join(', ')}` };
      }
      return { ok: true, value: raw };
    }
  }
}

export function defaultValue(variable: ManifestVariable, kind: OrganisationKind): unknown {
  if (kind === 'university' && 'defaultUniversity' in variable && variable.defaultUniversity !== undefined) {
    return variable.defaultUniversity;
  }
  return variable.default;
}

export function resolveVariable(
  variable: ManifestVariable,
  supplied: unknown,
  kind: OrganisationKind,
): ResolvedVariable {
  if (supplied !== undefined && supplied !== null && supplied !== '') {
    const result = validateValue(variable, supplied);
    return result.ok
      ? { status: 'filled', value: result.value }
      : { status: 'invalid', reason: result.reason };
  }
  const fallback = defaultValue(variable, kind);
  if (fallback === undefined) return { status: 'unfilled' };
  const result = validateValue(variable, fallback);
  return result.ok
    ? { status: 'default', value: result.value }
    : { status: 'invalid', reason: result.reason };
}

/** The value in one language, or undefined when that language is missing. */
export function valueIn(resolved: ResolvedVariable, lang: Language): string | number | undefined {
  if (resolved.status !== 'filled' && resolved.status !== 'default') return undefined;
  const { value } = resolved;
  return typeof value === 'object' ? value[lang] : value;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && !/\s/.test(value);
  } catch {
    return false;
  }
}

function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
