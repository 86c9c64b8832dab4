import type { Language } from '@qorgau/core';

export const ISSUABLE_KINDS = ['training-certificate', 'acknowledgement-receipt'] as const;
export type IssuableKind = (typeof ISSUABLE_KINDS)[number];

const TITLES: Record<IssuableKind, Record<Language, string>> = {
  'training-certificate': {
    kk: 'Оқыту туралы сертификат',
    ru: 'Сертификат об обучении',
    en: 'Training certificate',
  },
  'acknowledgement-receipt': {
    kk: 'Саясатпен танысу туралы түбіртек',
    ru: 'Расписка об ознакомлении с политикой',
    en: 'Policy acknowledgement receipt',
  },
};

export function documentTitle(kind: IssuableKind, language: Language): string {
  return TITLES[kind][language];
}
