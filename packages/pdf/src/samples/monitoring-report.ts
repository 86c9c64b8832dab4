import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';

const TEXT: Record<
  Language,
  { departments: string[]; categories: string[]; findings: string[]; actions: string[] }
> = {
  kk: {
    departments: ['Басқару аппараты', 'Қаржы бөлімі', 'Сату бөлімі', 'Логистика бөлімі', 'IT бөлімі'],
    categories: ['Сөзбен қорлау', 'Жыныстық қудалау', 'Кемсітушілік', 'Онлайн-қудалау'],
    findings: [
      'Саясатпен танысу деңгейі 93 %-ға жетті; жаңа қызметкерлер жұмыстың алғашқы аптасында танысады.',
      'Өтініштердің көпшілігі құпия онлайн-арна арқылы түсті, бұл арнаға деген сенімнің артқанын көрсетеді.',
      'Логистика бөлімінде оқудан өту деңгейі ұйым бойынша орташа көрсеткіштен төмен.',
    ],
    actions: [
      'Логистика бөлімінің ауысымдық қызметкерлері үшін бетпе-бет оқыту өткізу.',
      'Басшыларға арналған модульді 2025 жылдың екінші тоқсанында аяқтау.',
      'Әйелдер мен ерлердің жалақысы мен лауазымдық өсуіне жыл сайынғы талдау жүргізу.',
    ],
  },
  ru: {
    departments: ['Аппарат управления', 'Финансовый отдел', 'Отдел продаж', 'Отдел логистики', 'IT-отдел'],
    categories: ['Словесные оскорбления', 'Сексуальные домогательства', 'Дискриминация', 'Онлайн-травля'],
    findings: [
      'Уровень ознакомления с политикой достиг 93 %; новые работники знакомятся с ней в первую неделю работы.',
      'Большинство обращений поступило через конфиденциальный онлайн-канал, что говорит о росте доверия к нему.',
      'В отделе логистики доля прошедших обучение ниже средней по организации.',
    ],
    actions: [
      'Провести очное обучение для сменных работников отдела логистики.',
      'Завершить модуль для руководителей во втором квартале 2025 года.',
      'Ежегодно анализировать оплату труда и карьерный рост женщин и мужчин.',
    ],
  },
  en: {
    departments: ['Management office', 'Finance', 'Sales', 'Logistics', 'IT'],
    categories: ['Verbal abuse', 'Sexual harassment', 'Discrimination', 'Online harassment'],
    findings: [
      'Policy acknowledgement reached 93%; new employees acknowledge it in their first week.',
      'Most reports came through the confidential online channel, which suggests growing trust in it.',
      'Training completion in Logistics is below the organisation’s average.',
    ],
    actions: [
      'Run in-person training for shift workers in Logistics.',
      'Complete the module for managers in the second quarter of 2025.',
      'Review pay and career progression of women and men every year.',
    ],
  },
};

const DEPARTMENT_FIGURES = [
  { headcount: 18, acknowledged: 18, trained: 17 },
  { headcount: 24, acknowledged: 24, trained: 23 },
  { headcount: 71, acknowledged: 66, trained: 62 },
  { headcount: 102, acknowledged: 91, trained: 81 },
  { headcount: 33, acknowledged: 32, trained: 31 },
];

const CATEGORY_COUNTS = [3, 2, 1, 1];

export function sampleMonitoringReport(language: Language): DocumentData<'monitoring-report'> {
  const text = TEXT[language];
  const hr = PEOPLE.hrDirector[language];
  return {
    period: { from: '2025-01-01', to: '2025-03-31' },
    generatedAt: '2025-04-02T10:00:00+05:00',
    headcount: 248,
    acknowledged: 231,
    trained: 214,
    reports: { received: 7, resolved: 5, inProgress: 2, averageResolutionDays: 11.5 },
    departments: DEPARTMENT_FIGURES.map((figures, i) => ({ name: text.departments[i] ?? '', ...figures })),
    reportCategories: CATEGORY_COUNTS.map((count, i) => ({ category: text.categories[i] ?? '', count })),
    findings: text.findings,
    actions: text.actions,
    signature: {
      signerName: hr.fullName,
      signerPosition: hr.position,
      signedAt: '2025-04-02T12:00:00+05:00',
    },
  };
}
