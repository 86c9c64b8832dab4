import type { Language } from '../schemas/common.js';

const LOCALES: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

export function formatDate(date: Date, lang: Language, timeZone: string): string {
  return cached(
    `d:${lang}:${timeZone}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone }),
  ).format(date);
}

/** Includes the UTC offset: acknowledgement times are evidence and must be unambiguous. */
export function formatDateTime(date: Date, lang: Language, timeZone: string): string {
  return cached(
    `dt:${lang}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        year: 'numeric',
        month: 'long',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'shortOffset',
      }),
  ).format(date);
}

/** Compact numeric form for table cells, still with the UTC offset. */
export function formatShortDateTime(date: Date, lang: Language, timeZone: string): string {
  return cached(
    `sdt:${lang}:${timeZone}`,
    () =>
      new Intl.DateTimeFormat(LOCALES[lang], {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'shortOffset',
      }),
  ).format(date);
}

export function formatNumber(value: number, lang: Language): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 })).format(
    value,
  );
}

export function formatPercent(part: number, total: number, lang: Language): string {
  if (total <= 0) return '—';
  return cached(
    `p:${lang}`,
    () => new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }),
  ).format(part / total);
}
