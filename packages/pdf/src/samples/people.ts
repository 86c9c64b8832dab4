import type { Language } from '../schemas/common.js';

/** Fictional people. Names keep their Kazakh/Russian form in kk and ru and are transliterated in en. */
export const PEOPLE = {
  ceo: {
    kk: { fullName: 'Әсел Қайратқызы Омарова', position: 'Бас директор' },
    ru: { fullName: 'Асель Кайратовна Омарова', position: 'Генеральный директор' },
    en: { fullName: 'Assel Omarova', position: 'Chief Executive Officer' },
  },
  hrDirector: {
    kk: { fullName: 'Дина Маратқызы Ахметова', position: 'Персоналды басқару жөніндегі директор' },
    ru: { fullName: 'Дина Маратовна Ахметова', position: 'Директор по управлению персоналом' },
    en: { fullName: 'Dina Akhmetova', position: 'HR Director' },
  },
  chair: {
    kk: { fullName: 'Бауыржан Сәкенұлы Әлиев', position: 'Директорлар кеңесінің төрағасы' },
    ru: { fullName: 'Бауыржан Сакенович Алиев', position: 'Председатель Совета директоров' },
    en: { fullName: 'Baurzhan Aliyev', position: 'Chair of the Board of Directors' },
  },
  secretary: {
    kk: { fullName: 'Гүлнар Ержанқызы Тоқтарова', position: 'Корпоративтік хатшы' },
    ru: { fullName: 'Гульнар Ержановна Токтарова', position: 'Корпоративный секретарь' },
    en: { fullName: 'Gulnar Toktarova', position: 'Corporate Secretary' },
  },
  employee: {
    kk: { fullName: 'Айгерім Серікқызы Нұрланова', position: 'Бас бухгалтер', department: 'Қаржы бөлімі' },
    ru: {
      fullName: 'Айгерим Сериковна Нурланова',
      position: 'Главный бухгалтер',
      department: 'Финансовый отдел',
    },
    en: { fullName: 'Aigerim Nurlanova', position: 'Chief Accountant', department: 'Finance' },
  },
} as const satisfies Record<
  string,
  Record<Language, { fullName: string; position: string; department?: string }>
>;
