import type { AdoptingBody, Language } from '@qorgau/core';

export const BODY_NAMES: Record<AdoptingBody, Record<Language, string>> = {
  board_of_directors: { kk: 'Директорлар кеңесі', ru: 'Совет директоров', en: 'Board of Directors' },
  supervisory_board: { kk: 'Байқау кеңесі', ru: 'Наблюдательный совет', en: 'Supervisory Board' },
  participants_meeting: {
    kk: 'Қатысушылардың жалпы жиналысы',
    ru: 'Общее собрание участников',
    en: "Participants' Meeting",
  },
  academic_council: { kk: 'Ғылыми кеңес', ru: 'Учёный совет', en: 'Academic Council' },
};

export const EXTRACT_TITLE: Record<Language, string> = {
  kk: 'Хаттамадан үзінді: саясатты қабылдау',
  ru: 'Выписка из протокола: принятие политики',
  en: 'Extract from the minutes: adoption of the policy',
};

const MEMBER: Record<Language, string> = { kk: 'Мүше', ru: 'Член', en: 'Member' };
const SECRETARY: Record<Language, string> = { kk: 'Хатшы', ru: 'Секретарь', en: 'Secretary' };

export function memberRole(language: Language, position: string | null | undefined): string {
  return position ?? MEMBER[language];
}

export function secretaryTitle(language: Language): string {
  return SECRETARY[language];
}

export function agendaItem(language: Language, policyTitle: string, number: number): string {
  return {
    kk: `«${policyTitle}» корпоративтік саясатын (${number}-нұсқа) қабылдау туралы`,
    ru: `О принятии корпоративной политики «${policyTitle}» (версия ${number})`,
    en: `Adoption of the corporate policy “${policyTitle}” (version ${number})`,
  }[language];
}

export function resolutions(
  language: Language,
  decision: { number: number; sha256: string; effectiveDate: string; officer: string; deadline: string },
): string[] {
  const { number, sha256, effectiveDate, officer, deadline } = decision;
  return {
    kk: [
      `Саясаттың ${number}-нұсқасы қабылдансын (мәтіннің SHA-256: ${sha256}).`,
      `Саясат ${effectiveDate} бастап күшіне енеді.`,
      `Жауапты тұлға: ${officer}. Қызметкерлерді ${deadline} дейін қол қойғыза отырып таныстыру қамтамасыз етілсін.`,
    ],
    ru: [
      `Принять версию ${number} политики (SHA-256 текста: ${sha256}).`,
      `Политика вступает в силу с ${effectiveDate}.`,
      `Ответственное лицо: ${officer}. Обеспечить ознакомление работников под роспись до ${deadline}.`,
    ],
    en: [
      `Adopt version ${number} of the policy (SHA-256 of the text: ${sha256}).`,
      `The policy takes effect on ${effectiveDate}.`,
      `Responsible officer: ${officer}. Every staff member is to acknowledge it, with a record, by ${deadline}.`,
    ],
  }[language];
}
