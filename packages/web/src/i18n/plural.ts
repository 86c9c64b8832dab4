import { type Language, LOCALE_TAGS } from '@qorgau/core';
import { numberFormatFor } from './format';

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<Language, Intl.PluralRules>();

/** Picks the CLDR plural form, so Russian gets its one/few/many distinctions right (1 человек, 2 человека). */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALE_TAGS[language]);
    rules.set(language, rule);
  }
  const form = forms[rule.select(count)] ?? forms.other;
  return form.replace('{n}', numberFormatFor(language).format(count));
}
