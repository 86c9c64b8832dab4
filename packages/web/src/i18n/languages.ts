import { isLanguage, type Language } from '@qorgau/core';

/** Each language is named in itself, so people can find theirs whatever the interface language is. */
export const LANGUAGE_AUTONYMS: Record<Language, string> = { kk: 'Қазақша', ru: 'Русский', en: 'English' };
export const LANGUAGE_SHORT: Record<Language, string> = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' };

const STORAGE_KEY = 'qorgau.language';

/** Only an explicit choice is stored; absence means "follow the account or the browser". */
export function readStoredLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private modes may refuse storage; the choice then lasts for this page only.
  }
}

export function browserLanguage(): Language {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  // Most of the programme's users are in Kazakhstan, where Kazakh is the state language.
  return 'kk';
}

/** The language the interface opens in before the account is known: this device's choice, else the browser's. */
export function initialLanguage(): Language {
  return readStoredLanguage() ?? browserLanguage();
}

/** Shown only when no dictionary can be fetched, so it cannot come from one: every language at once. */
export const DICTIONARY_FAILED: Record<Language, string> = {
  kk: 'Бетті жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  ru: 'Не удалось загрузить страницу. Проверьте подключение и попробуйте снова.',
  en: 'The page could not be loaded. Check your connection and try again.',
};

export function languageOr(value: unknown, fallback: Language): Language {
  return isLanguage(value) ? value : fallback;
}
