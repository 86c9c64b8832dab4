import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../schemas/common.js';

export type StringTable = { readonly [key: string]: string | StringTable };
export type Strings = Record<Language, StringTable>;

export function loadStrings(templatesDir: string): Strings {
  const entries = LANGUAGES.map((lang) => {
    const raw = readFileSync(join(templatesDir, 'strings', `${lang}.json`), 'utf8');
    return [lang, JSON.parse(raw) as StringTable] as const;
  });
  return Object.fromEntries(entries) as Strings;
}

/** Missing keys throw: a silently blank label on a legal document is worse than a failed render. */
export function lookupString(strings: Strings, lang: Language, key: string): string {
  let node: string | StringTable | undefined = strings[lang];
  for (const part of key.split('.')) {
    node = typeof node === 'object' ? node[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing PDF string "${key}" for language ${lang}`);
  return node;
}

export function interpolate(pattern: string, values: Record<string, string>): string {
  return pattern.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${placeholder} in "${pattern}"`);
    return value;
  });
}

/** Every key path, to check that all languages define the same strings. */
export function stringKeys(table: StringTable, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : stringKeys(value, `${prefix}${key}.`),
  );
}
