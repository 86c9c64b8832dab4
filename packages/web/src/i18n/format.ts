import { type Language, LOCALE_TAGS } from '@qorgau/core';

export type Formatters = {
  date: (iso: string | null | undefined) => string;
  dateTime: (iso: string | null | undefined) => string;
  number: (value: number) => string;
  /** 0.453 → "45%" (whole percents: progress does not need more). */
  percent: (ratio: number) => string;
  /** Bytes as people read them: "812 KB", "2.4 MB". */
  fileSize: (bytes: number) => string;
};

/**
 * An estimate rounded the way people say it: under a minute, whole minutes, then whole hours.
 * Dictionaries turn it into words with the right plural forms.
 */
export type RoughDuration = { unit: 'underMinute' } | { unit: 'minutes' | 'hours'; count: number };

export function roughDuration(seconds: number): RoughDuration {
  if (seconds < 60) return { unit: 'underMinute' };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  return { unit: 'hours', count: Math.round(minutes / 60) };
}

// Written out rather than taken from Intl's unit style: ICU's Kazakh data spells "MБ" with a Latin M.
const FILE_SIZE_UNITS: Record<Language, { kilobytes: string; megabytes: string }> = {
  kk: { kilobytes: 'КБ', megabytes: 'МБ' },
  ru: { kilobytes: 'КБ', megabytes: 'МБ' },
  en: { kilobytes: 'KB', megabytes: 'MB' },
};

const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
];

/**
 * Some browsers (Chromium builds with trimmed ICU data among them) accept kk-KZ but format it with
 * root-locale data: "2026 M11 28" and "1,234,567". A month name without Cyrillic letters gives that away.
 */
function hasKazakhLocaleData(): boolean {
  try {
    const month = new Intl.DateTimeFormat(LOCALE_TAGS.kk, { month: 'long' }).format(new Date(2026, 10, 15));
    return /\p{Script=Cyrillic}/u.test(month);
  } catch {
    return false;
  }
}

const pad = (value: number) => String(value).padStart(2, '0');

/** CLDR's Kazakh patterns ("2026 ж. 28 қараша, 09:47"), used only when the browser lacks them. */
function kazakhDate(value: Date) {
  return `${value.getFullYear()} ж. ${value.getDate()} ${KAZAKH_MONTHS[value.getMonth()]}`;
}

function parse(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? null : value;
}

let kazakhFallback: boolean | undefined;
function usesKazakhFallback(language: Language): boolean {
  if (language !== 'kk') return false;
  kazakhFallback ??= !hasKazakhLocaleData();
  return kazakhFallback;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

function localeFor(language: Language): string {
  // Russian shares Kazakh's number conventions (space groups, decimal comma).
  return usesKazakhFallback(language) ? LOCALE_TAGS.ru : LOCALE_TAGS[language];
}

export function numberFormatFor(language: Language): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeFor(language));
    numberFormats.set(language, format);
  }
  return format;
}

export function createFormatters(language: Language): Formatters {
  const fallback = usesKazakhFallback(language);
  const number = numberFormatFor(language);
  const date = new Intl.DateTimeFormat(LOCALE_TAGS[language], { dateStyle: 'medium' });
  const percent = new Intl.NumberFormat(localeFor(language), { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(localeFor(language), { maximumFractionDigits: 1 });
  const units = FILE_SIZE_UNITS[language];
  const dateTime = new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    date: (iso) => {
      const value = parse(iso);
      if (!value) return '—';
      return fallback ? kazakhDate(value) : date.format(value);
    },
    dateTime: (iso) => {
      const value = parse(iso);
      if (!value) return '—';
      return fallback
        ? `${kazakhDate(value)}, ${pad(value.getHours())}:${pad(value.getMinutes())}`
        : dateTime.format(value);
    },
    number: (value) => number.format(value),
    percent: (ratio) => percent.format(ratio),
    fileSize: (bytes) =>
      bytes < 1024 * 1024
        ? `${number.format(Math.max(1, Math.round(bytes / 1024)))} ${units.kilobytes}`
        : `${decimal.format(bytes / (1024 * 1024))} ${units.megabytes}`,
  };
}
