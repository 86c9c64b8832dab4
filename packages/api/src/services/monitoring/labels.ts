import type { Language, PartnerStage } from '@qorgau/core';
import type { IndicatorKey } from './indicators.js';

type Labels<K extends string> = Record<Language, Record<K, string>>;

export const STAGE_LABELS: Labels<PartnerStage> = {
  kk: {
    invited: 'Шақырылды',
    drafting: 'Жоба дайындалуда',
    in_review: 'Тексеруде',
    approved: 'Мақұлданды',
    adopted: 'Директорлар кеңесі қабылдады',
    published: 'Жарияланды',
    acknowledged: 'Мақсатты үлес танысты',
    trained: 'Оқытылды',
  },
  ru: {
    invited: 'Приглашена',
    drafting: 'Готовит проект',
    in_review: 'На проверке',
    approved: 'Одобрена',
    adopted: 'Принята советом',
    published: 'Опубликована',
    acknowledged: 'Целевая доля ознакомлена',
    trained: 'Обучение пройдено',
  },
  en: {
    invited: 'Invited',
    drafting: 'Drafting',
    in_review: 'In review',
    approved: 'Approved',
    adopted: 'Adopted by the board',
    published: 'Published',
    acknowledged: 'Target share acknowledged',
    trained: 'Trained',
  },
};

export const KIND_LABELS: Labels<'company' | 'university'> = {
  kk: { company: 'компания', university: 'университет' },
  ru: { company: 'компания', university: 'университет' },
  en: { company: 'company', university: 'university' },
};

export const INDICATOR_LABELS: Labels<IndicatorKey> = {
  kk: {
    companiesAdopted: 'Саясатты қабылдаған компаниялар',
    universitiesAdopted: 'Саясатты қабылдаған университеттер',
    acknowledgedShare: 'Қамтылған қызметкерлер мен студенттердің танысқан үлесі',
    trainedShare: 'Оқудан өткендердің үлесі',
    timelyResponses: 'Мерзімінде құжатталған ден қоюы бар өтініштер',
  },
  ru: {
    companiesAdopted: 'Компании, принявшие политику',
    universitiesAdopted: 'Университеты, принявшие политику',
    acknowledgedShare: 'Доля охваченных сотрудников и студентов, ознакомившихся с политикой',
    trainedShare: 'Доля прошедших обучение',
    timelyResponses: 'Обращения с документированной реакцией в срок',
  },
  en: {
    companiesAdopted: 'Companies that adopted the policy',
    universitiesAdopted: 'Universities that adopted the policy',
    acknowledgedShare: 'Share of covered staff and students who acknowledged',
    trainedShare: 'Share who completed training',
    timelyResponses: 'Cases with a documented response within the deadline',
  },
};

export const CASE_FIGURE_LABELS: Labels<
  'received' | 'acknowledgedInTime' | 'investigated' | 'respondedInTime' | 'medianDaysToRespond'
> = {
  kk: {
    received: 'Түскен өтініштер',
    acknowledgedInTime: 'Мерзімінде қабылданғаны расталды',
    investigated: 'Қызметтік тергеп-тексеру жүргізілді',
    respondedInTime: 'Мерзімінде ден қойылды',
    medianDaysToRespond: 'Ден қоюдың медианалық мерзімі, күн',
  },
  ru: {
    received: 'Поступило обращений',
    acknowledgedInTime: 'Получение подтверждено в срок',
    investigated: 'Проведено служебное расследование',
    respondedInTime: 'Реакция в срок',
    medianDaysToRespond: 'Медианный срок реакции, дней',
  },
  en: {
    received: 'Cases received',
    acknowledgedInTime: 'Acknowledged within the deadline',
    investigated: 'Investigated',
    respondedInTime: 'Responded within the deadline',
    medianDaysToRespond: 'Median days to respond',
  },
};

export const DONOR_REPORT_TITLE: Record<Language, string> = {
  kk: 'Бағдарлама мониторингі бойынша донорға есеп',
  ru: 'Отчёт донору по мониторингу программы',
  en: 'Programme monitoring report to the donor',
};
