import { binCheckDigit } from '@qorgau/core';

export interface DemoOrganization {
  key: string;
  kind: 'ngo' | 'company' | 'university';
  names: { kk: string; ru: string; en: string };
  defaultLanguage: 'kk' | 'ru' | 'en';
  binStem: string;
  people: number;
}

/** Fictional organisations; any likeness to a real one is chance. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'ngo',
    kind: 'ngo',
    names: {
      kk: 'Теңдік құқық қорғау бағдарламасы',
      ru: 'Правозащитная программа «Теңдік»',
      en: 'Tendik Human Rights Programme',
    },
    defaultLanguage: 'ru',
    binStem: '1505400',
    people: 20,
  },
  ...(
    [
      ['dala-energy', '«Дала Энерджи» АҚ', 'АО «Дала Энерджи»', 'Dala Energy JSC', 'ru', 180],
      ['altyn-tas', '«Алтын Тас Майнинг» ЖШС', 'ТОО «Алтын Тас Майнинг»', 'Altyn Tas Mining LLP', 'ru', 150],
      ['dala-logistics', '«Дала Логистикс» ЖШС', 'ТОО «Дала Логистикс»', 'Dala Logistics LLP', 'ru', 60],
      ['kok-bazar', '«Көк Базар Ритейл» ЖШС', 'ТОО «Көк Базар Ритейл»', 'Kok Bazar Retail LLP', 'kk', 120],
      ['zhibek', '«Жібек Текстиль» АҚ', 'АО «Жибек Текстиль»', 'Zhibek Textiles JSC', 'ru', 90],
      ['samal', '«Самал Телеком» АҚ', 'АО «Самал Телеком»', 'Samal Telecom JSC', 'ru', 140],
      ['aqtobe-agro', '«Ақтөбе Агро» ЖШС', 'ТОО «Актобе Агро»', 'Aqtobe Agro LLP', 'kk', 45],
      ['nur-pharm', '«Нұр Фарм» ЖШС', 'ТОО «Нур Фарм»', 'Nur Pharm LLP', 'ru', 35],
      ['tulpar-bank', '«Тұлпар Банк» АҚ', 'АО «Тулпар Банк»', 'Tulpar Bank JSC', 'ru', 200],
      ['orda-qurylys', '«Орда Құрылыс» ЖШС', 'ТОО «Орда Курылыс»', 'Orda Construction LLP', 'kk', 25],
    ] as const
  ).map(
    ([key, kk, ru, en, language, people], index): DemoOrganization => ({
      key,
      kind: 'company',
      names: { kk, ru, en },
      defaultLanguage: language,
      binStem: `0${index + 1}0440${String(index).padStart(3, '1')}`.slice(0, 10),
      people,
    }),
  ),
  ...(
    [
      [
        'dala-tech',
        'Дала технологиялық университеті',
        'Степной технологический университет',
        'Steppe University of Technology',
        'kk',
        200,
      ],
      ['alatau', 'Алатау университеті', 'Университет «Алатау»', 'Alatau University', 'ru', 160],
      [
        'caspian',
        'Каспий мемлекеттік университеті',
        'Каспийский государственный университет',
        'Caspian State University',
        'kk',
        130,
      ],
      [
        'saryarka-med',
        'Сарыарқа медицина университеті',
        'Медицинский университет «Сарыарка»',
        'Saryarka Medical University',
        'ru',
        110,
      ],
      [
        'zhetysu-ped',
        'Жетісу педагогикалық институты',
        'Жетысуский педагогический институт',
        'Zhetysu Pedagogical Institute',
        'kk',
        70,
      ],
    ] as const
  ).map(
    ([key, kk, ru, en, language, people], index): DemoOrganization => ({
      key,
      kind: 'university',
      names: { kk, ru, en },
      defaultLanguage: language,
      binStem: `9${index + 1}0540${String(index + 7).padStart(3, '2')}`.slice(0, 10),
      people,
    }),
  ),
];

/** Appends digits until the check digit exists, so every demo BIN passes validation. */
export function demoBin(stem: string): string {
  for (let filler = 0; filler < 10; filler += 1) {
    const first11 = `${stem}${filler}`.padEnd(11, '0').slice(0, 11);
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error(`no valid BIN for ${stem}`);
}
