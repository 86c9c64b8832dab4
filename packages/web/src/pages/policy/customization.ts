import { LANGUAGES, type Language } from '@qorgau/core';
import type { ModelClause, ModelVariable } from '../../app/types';

/**
 * The client's view of an organisation's adaptation of the model (the policy engine's Customization).
 * The API types it as unknown; the server validates it again on every save.
 */
export type Multilingual = Partial<Record<Language, string>>;
export type VariableValue = string | number | Multilingual;
export type OrganisationKind = 'company' | 'university';

export type CustomClause = {
  id: string;
  afterClauseId: string;
  title: Multilingual;
  body: Multilingual;
};

export type Customization = {
  modelVersion?: string;
  organisationKind: OrganisationKind;
  values: Record<string, VariableValue>;
  clauseSwitches: Record<string, boolean>;
  customClauses: CustomClause[];
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function multilingualOf(value: unknown): Multilingual {
  if (!isRecord(value)) return {};
  const result: Multilingual = {};
  for (const language of LANGUAGES) {
    const text = value[language];
    if (typeof text === 'string') result[language] = text;
  }
  return result;
}

/** Reads what the server stored; anything unexpected is dropped rather than trusted. */
export function parseCustomization(input: unknown, fallbackKind: OrganisationKind): Customization {
  const source = isRecord(input) ? input : {};
  const values: Record<string, VariableValue> = {};
  if (isRecord(source.values)) {
    for (const [name, value] of Object.entries(source.values)) {
      if (typeof value === 'string' || typeof value === 'number') values[name] = value;
      else if (isRecord(value)) values[name] = multilingualOf(value);
    }
  }
  const clauseSwitches: Record<string, boolean> = {};
  if (isRecord(source.clauseSwitches)) {
    for (const [id, on] of Object.entries(source.clauseSwitches)) {
      if (typeof on === 'boolean') clauseSwitches[id] = on;
    }
  }
  const customClauses: CustomClause[] = Array.isArray(source.customClauses)
    ? source.customClauses.filter(isRecord).map((clause) => ({
        id: String(clause.id ?? ''),
        afterClauseId: String(clause.afterClauseId ?? ''),
        title: multilingualOf(clause.title),
        body: multilingualOf(clause.body),
      }))
    : [];
  const kind = source.organisationKind;
  return {
    ...(typeof source.modelVersion === 'string' ? { modelVersion: source.modelVersion } : {}),
    organisationKind: kind === 'university' || kind === 'company' ? kind : fallbackKind,
    values,
    clauseSwitches,
    customClauses,
  };
}

export function appliesToKind(appliesTo: 'company' | 'university' | 'both', kind: OrganisationKind) {
  return appliesTo === 'both' || appliesTo === kind;
}

/** Same rule as the engine's isClauseActive. */
export function isClauseOn(clause: ModelClause, customization: Customization): boolean {
  if (!appliesToKind(clause.appliesTo, customization.organisationKind)) return false;
  if (clause.kind === 'mandatory') return customization.clauseSwitches[clause.id] ?? true;
  return customization.clauseSwitches[clause.id] ?? clause.defaultEnabled;
}

export type ClauseEntry =
  | { source: 'model'; id: string; clause: ModelClause }
  | { source: 'custom'; id: string; custom: CustomClause };

/**
 * The clauses an organisation of this kind works with, in document order: model clauses by `order`,
 * each followed by the custom clauses placed after it (switched-off clauses stay in the list).
 */
export function clauseOutline(clauses: readonly ModelClause[], customization: Customization): ClauseEntry[] {
  const entries: ClauseEntry[] = [];
  const ordered = [...clauses].sort((a, b) => a.order - b.order);
  const anchored = new Set<string>();
  for (const clause of ordered) {
    if (!appliesToKind(clause.appliesTo, customization.organisationKind)) continue;
    entries.push({ source: 'model', id: clause.id, clause });
    for (const custom of customization.customClauses) {
      if (custom.afterClauseId !== clause.id) continue;
      anchored.add(custom.id);
      entries.push({ source: 'custom', id: custom.id, custom });
    }
  }
  // A custom clause whose anchor is unknown (compliance blocks it) still needs to be reachable.
  for (const custom of customization.customClauses) {
    if (!anchored.has(custom.id)) entries.push({ source: 'custom', id: custom.id, custom });
  }
  return entries;
}

/** Custom clause ids must look like custom-some-name; a time-based suffix keeps them unique. */
export function newCustomClauseId(existing: readonly CustomClause[]): string {
  const taken = new Set(existing.map((clause) => clause.id));
  let stamp = Date.now();
  while (taken.has(`custom-${stamp.toString(36)}`)) stamp += 1;
  return `custom-${stamp.toString(36)}`;
}

export function isBlank(value: VariableValue | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'number') return false;
  if (typeof value === 'string') return value.trim() === '';
  return LANGUAGES.every((language) => !value[language]?.trim());
}

export function variableByName(variables: readonly ModelVariable[]): Map<string, ModelVariable> {
  return new Map(variables.map((variable) => [variable.name, variable]));
}

/** Turns a kebab-case clause id or camelCase variable name into words, when no title is known. */
export function humanize(id: string): string {
  const words = id
    .replace(/^custom-/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/-/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
