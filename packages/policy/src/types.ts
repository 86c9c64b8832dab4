export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Intl locales used for dates, numbers and plural rules. */
export const LOCALES: Readonly<Record<Language, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export const ORGANISATION_KINDS = ['company', 'university'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export type Multilingual = Readonly<Record<Language, string>>;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
