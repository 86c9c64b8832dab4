import { normalizeHeader } from './header-words.js';
import type { Language, PersonKind } from './types.js';

const LANGUAGE_WORDS: Record<Language, string[]> = {
  kk: ['kk', 'kz', 'kaz', 'kazakh', 'қаз', 'қазақ', 'қазақша', 'қазақ тілі', 'каз', 'казахский'],
  ru: ['ru', 'rus', 'russian', 'рус', 'русский', 'орыс', 'орысша', 'орыс тілі'],
  en: ['en', 'eng', 'english', 'англ', 'английский', 'ағылшын', 'ағылшынша', 'ағылшын тілі'],
};

const KIND_WORDS: Record<PersonKind, string[]> = {
  employee: ['employee', 'staff', 'сотрудник', 'работник', 'преподаватель', 'қызметкер', 'оқытушы'],
  student: ['student', 'студент', 'студентка', 'обучающийся', 'магистрант', 'докторант', 'білім алушы'],
};

function lookup<T extends string>(words: Record<T, string[]>): Map<string, T> {
  const table = new Map<string, T>();
  for (const [value, list] of Object.entries(words) as [T, string[]][]) {
    for (const word of list) table.set(normalizeHeader(word), value);
  }
  return table;
}

const languages = lookup(LANGUAGE_WORDS);
const kinds = lookup(KIND_WORDS);

/** `null` for an empty cell, `'invalid'` for a word we do not recognise. */
export function parseLanguage(text: string): Language | 'invalid' | null {
  if (text === '') return null;
  return languages.get(normalizeHeader(text)) ?? 'invalid';
}

export function parseKind(text: string): PersonKind | 'invalid' | null {
  if (text === '') return null;
  return kinds.get(normalizeHeader(text)) ?? 'invalid';
}
