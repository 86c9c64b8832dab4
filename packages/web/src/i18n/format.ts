import { type Language, LOCALE_TAGS } from '@qorgau/core';

export type Formatters = {
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  number: (value: number) => string;
};

export function createFormatters(language: Language): Formatters {
  const locale = LOCALE_TAGS[language];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const number = new Intl.NumberFormat(locale);
  const safe = (formatter: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
    if (!iso) return '—';
    const value = new Date(iso);
    return Number.isNaN(value.getTime()) ? '—' : formatter.format(value);
  };
  return { date: safe(date), dateTime: safe(dateTime), number: (value) => number.format(value) };
}
