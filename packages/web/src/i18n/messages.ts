import type { Language } from '@qorgau/core';
import type { en } from './en';

/** English is the shape every dictionary must match; kk.ts and ru.ts are typed with it, so tsc catches gaps. */
export type Messages = typeof en;

// One chunk per language: a person downloads only the dictionary they read, which keeps the staff
// portal's first load small on a phone. Type-only imports above keep English out of the main chunk.
const LOADERS: Record<Language, () => Promise<Messages>> = {
  kk: () => import('./kk').then((module) => module.kk),
  ru: () => import('./ru').then((module) => module.ru),
  en: () => import('./en').then((module) => module.en),
};

const pending = new Map<Language, Promise<Messages>>();
const ready = new Map<Language, Messages>();

/** The dictionary if it has already arrived, so a render never waits on one that is in memory. */
export function loadedDictionary(language: Language): Messages | undefined {
  return ready.get(language);
}

export function loadDictionary(language: Language): Promise<Messages> {
  const existing = pending.get(language);
  if (existing) return existing;
  const loading = LOADERS[language]().then(
    (messages) => {
      ready.set(language, messages);
      return messages;
    },
    (error: unknown) => {
      // A dropped connection must not poison the cache: the next attempt fetches again.
      pending.delete(language);
      throw error;
    },
  );
  pending.set(language, loading);
  return loading;
}
