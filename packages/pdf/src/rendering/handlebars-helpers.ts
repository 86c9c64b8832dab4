import Handlebars from 'handlebars';
import { type Language, languageSchema } from '../schemas/common.js';
import { cssString, pageCounterContent } from './css-escape.js';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatShortDateTime,
} from './formatting.js';
import { interpolate, lookupString, type Strings } from './strings.js';
import type { TemplateContext } from './template-context.js';

type HelperOptions = Handlebars.HelperOptions;

function root(options: HelperOptions): TemplateContext {
  return options.data.root as TemplateContext;
}

function toText(value: unknown, lang: Language): string {
  if (typeof value === 'number') return formatNumber(value, lang);
  return String(value ?? '');
}

/** Helpers return plain strings (escaped by Handlebars) unless the output is CSS we escaped. */
export function createHelpers(strings: Strings): Record<string, Handlebars.HelperDelegate> {
  const translate = (key: string, options: HelperOptions): string => {
    const { lang: langOverride, ...vars } = options.hash as Record<string, unknown>;
    const lang = langOverride === undefined ? root(options).lang : languageSchema.parse(langOverride);
    const values = Object.fromEntries(
      Object.entries(vars).map(([name, value]) => [name, toText(value, lang)]),
    );
    return interpolate(lookupString(strings, lang, key), values);
  };

  return {
    t: (key: string, options: HelperOptions) => translate(key, options),
    languageName: (code: string, options: HelperOptions) => translate(`languageName.${code}`, options),
    concat: (...args: unknown[]) => args.slice(0, -1).map(String).join(''),
    inc: (index: number) => index + 1,
    formatDate: (value: Date, options: HelperOptions) =>
      formatDate(value, root(options).lang, root(options).timeZone),
    formatDateTime: (value: Date, options: HelperOptions) =>
      formatDateTime(value, root(options).lang, root(options).timeZone),
    formatShortDateTime: (value: Date, options: HelperOptions) =>
      formatShortDateTime(value, root(options).lang, root(options).timeZone),
    formatNumber: (value: number, options: HelperOptions) => formatNumber(value, root(options).lang),
    percent: (part: number, total: number, options: HelperOptions) =>
      formatPercent(part, total, root(options).lang),
    cssString: (...args: unknown[]) =>
      new Handlebars.SafeString(cssString(args.slice(0, -1).map(String).join(''))),
    pageCounter: (options: HelperOptions) =>
      new Handlebars.SafeString(pageCounterContent(lookupString(strings, root(options).lang, 'common.page'))),
  };
}
