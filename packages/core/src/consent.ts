import type { Language } from './languages.js';

/**
 * The statement a person ticks when acknowledging the policy. It is stored, in the language shown,
 * with every acknowledgement: the record must say what exactly was agreed to.
 */
export const ACKNOWLEDGEMENT_CONSENT: Record<Language, string> = {
  kk: 'Мен саясатпен толық таныстым, оның мәтінін түсіндім және оны сақтауға міндеттенемін. Бұл электрондық растау ұйымның саясатында көзделген тәртіппен менің таныстырылғанымның дәлелі болып табылады.',
  ru: 'Я полностью ознакомился(-ась) с политикой, понял(а) её текст и обязуюсь её соблюдать. Это электронное подтверждение является доказательством моего ознакомления в порядке, предусмотренном политикой организации.',
  en: 'I have read the whole policy, I understand it, and I undertake to follow it. This electronic confirmation is the record of my acknowledgement, as the organisation’s policy provides.',
};

/** Full names compare without case, extra spaces or the ё/е distinction people type either way. */
export function sameFullName(typed: string, onRecord: string): boolean {
  const normalise = (value: string) =>
    value.normalize('NFC').toLocaleLowerCase('ru').replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
  return normalise(typed) === normalise(onRecord);
}
