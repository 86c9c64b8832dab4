import type { IntegerUnit } from './manifest-schema.js';
import { type Language, LOCALES } from './types.js';

/** Russian needs the genitive after "в течение" / "не позднее"; other languages ignore the case. */
export type GrammaticalCase = 'nom' | 'gen';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Kazakh numerals take the singular noun ("3 жұмыс күні"), so one form serves every count.
const UNIT_WORDS: Record<
  Language,
  Record<Exclude<IntegerUnit, 'percent'>, Record<GrammaticalCase, PluralForms>>
> = {
  en: {
    days: same({ one: 'day', other: 'days' }),
    workingDays: same({ one: 'working day', other: 'working days' }),
    months: same({ one: 'month', other: 'months' }),
    years: same({ one: 'year', other: 'years' }),
  },
  ru: {
    days: {
      nom: { one: 'день', few: 'дня', many: 'дней', other: 'дня' },
      gen: { one: 'дня', few: 'дней', many: 'дней', other: 'дня' },
    },
    workingDays: {
      nom: { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней', other: 'рабочего дня' },
      gen: { one: 'рабочего дня', few: 'рабочих дней', many: 'рабочих дней', other: 'рабочего дня' },
    },
    months: {
      nom: { one: 'месяц', few: 'месяца', many: 'месяцев', other: 'месяца' },
      gen: { one: 'месяца', few: 'месяцев', many: 'месяцев', other: 'месяца' },
    },
    years: {
      nom: { one: 'год', few: 'года', many: 'лет', other: 'года' },
      gen: { one: 'года', few: 'лет', many: 'лет', other: 'года' },
    },
  },
  kk: {
    days: same({ other: 'күн' }),
    workingDays: same({ other: 'жұмыс күні' }),
    months: same({ other: 'ай' }),
    years: same({ other: 'жыл' }),
  },
};

function same(forms: PluralForms): Record<GrammaticalCase, PluralForms> {
  return { nom: forms, gen: forms };
}

// Intl objects are comparatively expensive to build, and rendering formats dozens of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Language, Intl.PluralRules>();
const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const quantities = new Map<string, string>();

function numberFormat(lang: Language, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${lang}:${style}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { style, maximumFractionDigits: 0 });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang, 'decimal').format(value);
}

export function pluralCategory(value: number, lang: Language): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(value);
}

/** Picks the plural form for `value` from forms keyed by CLDR category, falling back to `other`. */
export function pluralForm(value: number, lang: Language, forms: PluralForms): string {
  return forms[pluralCategory(value, lang)] ?? forms.other;
}

/** "3 working days", "3 рабочих дня", "3 жұмыс күні"; percentages as "95%". */
export function formatQuantity(
  value: number,
  unit: IntegerUnit,
  lang: Language,
  grammaticalCase: GrammaticalCase = 'nom',
): string {
  // The same few time limits are formatted on every render, and Intl formatting is the slow part.
  const key = `${lang}:${unit}:${grammaticalCase}:${value}`;
  let formatted = quantities.get(key);
  if (formatted === undefined) {
    if (unit === 'percent') {
      formatted = numberFormat(lang, 'percent').format(value / 100);
    } else {
      const forms = UNIT_WORDS[lang][unit][grammaticalCase];
      // A no-break space keeps the number and its unit on one line.
      formatted = `${formatNumber(value, lang)}\u00a0${pluralForm(value, lang, forms)}`;
    }
    if (quantities.size > 10_000) quantities.clear();
    quantities.set(key, formatted);
  }
  return formatted;
}

/** Formats a YYYY-MM-DD date as a long date, read as a calendar day so no time zone can shift it. */
export function formatDate(isoDate: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
