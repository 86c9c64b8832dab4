import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';
import { POLICY_TITLES, POLICY_VERSION } from './policy-text.js';

type Entry = DocumentData<'acknowledgement-sheet'>['entries'][number];

/** [kk/ru name, en name, position kk, ru, en, department index, language read in, channel] */
const STAFF: ReadonlyArray<
  [string, string, string, string, string, number, Language, 'web' | 'mobile' | 'kiosk' | 'paper']
> = [
  [
    'Айгерім Серікқызы Нұрланова',
    'Aigerim Nurlanova',
    'Бас бухгалтер',
    'Главный бухгалтер',
    'Chief Accountant',
    1,
    'kk',
    'web',
  ],
  [
    'Ерлан Болатұлы Жақсыбеков',
    'Yerlan Zhaksybekov',
    'Сату менеджері',
    'Менеджер по продажам',
    'Sales Manager',
    2,
    'kk',
    'mobile',
  ],
  ['Ольга Викторовна Ким', 'Olga Kim', 'Логист', 'Логист', 'Logistics Coordinator', 3, 'ru', 'web'],
  ['Нұржан Асқарұлы Сейітов', 'Nurzhan Seitov', 'Жүргізуші', 'Водитель', 'Driver', 3, 'kk', 'kiosk'],
  [
    'Мадина Ерболқызы Құдайбергенова',
    'Madina Kudaibergenova',
    'Бағдарламашы',
    'Программист',
    'Software Developer',
    4,
    'en',
    'web',
  ],
  [
    'Дмитрий Андреевич Соколов',
    'Dmitry Sokolov',
    'Жүйелік әкімші',
    'Системный администратор',
    'System Administrator',
    4,
    'ru',
    'web',
  ],
  [
    'Жанар Төлегенқызы Бекова',
    'Zhanar Bekova',
    'Кеңсе менеджері',
    'Офис-менеджер',
    'Office Manager',
    0,
    'kk',
    'paper',
  ],
  [
    'Тимур Маратұлы Исаев',
    'Timur Issayev',
    'Сату бөлімінің басшысы',
    'Руководитель отдела продаж',
    'Head of Sales',
    2,
    'ru',
    'mobile',
  ],
  ['Әйгерім Нұрланқызы Сапарова', 'Aigerim Saparova', 'Экономист', 'Экономист', 'Economist', 1, 'kk', 'web'],
  [
    'Анна Сергеевна Петренко',
    'Anna Petrenko',
    'Қойма меңгерушісі',
    'Заведующая складом',
    'Warehouse Manager',
    3,
    'ru',
    'kiosk',
  ],
  ['Қанат Серікұлы Омаров', 'Kanat Omarov', 'Заңгер', 'Юрист', 'Legal Counsel', 0, 'kk', 'web'],
  ['Лаура Ғалымқызы Әбенова', 'Laura Abenova', 'HR маманы', 'HR-специалист', 'HR Specialist', 0, 'en', 'web'],
];

const DEPARTMENTS: Record<Language, readonly string[]> = {
  kk: ['Басқару аппараты', 'Қаржы бөлімі', 'Сату бөлімі', 'Логистика бөлімі', 'IT бөлімі'],
  ru: ['Аппарат управления', 'Финансовый отдел', 'Отдел продаж', 'Отдел логистики', 'IT-отдел'],
  en: ['Management office', 'Finance', 'Sales', 'Logistics', 'IT'],
};

export function sampleEntries(language: Language, count = STAFF.length): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const row = STAFF[i % STAFF.length];
    if (!row) continue;
    const [localName, latinName, kk, ru, en, department, read, channel] = row;
    const minutes = 9 * 60 + ((i * 37) % 480);
    const day = 3 + Math.floor(i / 40);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    entries.push({
      fullName: language === 'en' ? latinName : localName,
      position: { kk, ru, en }[language],
      department: DEPARTMENTS[language][department],
      acknowledgedAt: `2025-03-${String(Math.min(day, 31)).padStart(2, '0')}T${time}:00+05:00`,
      language: read,
      channel,
    });
  }
  return entries;
}

export function sampleAcknowledgementSheet(
  language: Language,
  entryCount?: number,
): DocumentData<'acknowledgement-sheet'> {
  const hr = PEOPLE.hrDirector[language];
  return {
    policy: { title: POLICY_TITLES[language], version: POLICY_VERSION, publishedAt: '2025-03-01' },
    entries: sampleEntries(language, entryCount),
    generatedAt: '2025-04-01T09:00:00+05:00',
    signature: {
      signerName: hr.fullName,
      signerPosition: hr.position,
      signedAt: '2025-04-01T09:05:00+05:00',
    },
  };
}
