import { pick, seededRandom } from './deterministic.js';

const KAZAKH_MALE = [
  'Ерлан',
  'Нұрлан',
  'Асқар',
  'Дәурен',
  'Бауыржан',
  'Ғалым',
  'Қайрат',
  'Төлеген',
  'Әділет',
  'Жандос',
];
const KAZAKH_FEMALE = [
  'Әйгерім',
  'Гүлназ',
  'Айгүл',
  'Жұлдыз',
  'Ләззат',
  'Мөлдір',
  'Құралай',
  'Сәуле',
  'Динара',
  'Аңсаған',
];
const KAZAKH_SURNAMES = [
  'Әбдіхалықов',
  'Нұрпейісов',
  'Құдайбергенов',
  'Төлеубаев',
  'Сәрсенбаев',
  'Жұмабеков',
  'Оспанов',
  'Қасымов',
  'Бекмұханов',
  'Ғабдуллин',
  'Мұқанов',
  'Үсенов',
];
const RUSSIAN_MALE = ['Андрей', 'Сергей', 'Дмитрий', 'Алексей', 'Игорь', 'Олег', 'Виктор'];
const RUSSIAN_FEMALE = ['Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Марина'];
const RUSSIAN_SURNAMES = [
  'Иванов',
  'Петров',
  'Соколов',
  'Ковалёв',
  'Морозов',
  'Волков',
  'Лебедев',
  'Ким',
  'Пак',
  'Шевченко',
];

const COMPANY_UNITS = [
  'Бухгалтерия',
  'Отдел кадров',
  'Юридический отдел',
  'Производство',
  'Логистика',
  'Продажи',
  'ИТ-отдел',
];
const UNIVERSITY_UNITS = [
  'Факультет экономики',
  'Факультет права',
  'Инженерный факультет',
  'Медицинский факультет',
  'Ректорат',
  'Общежитие № 1',
];
const COMPANY_POSITIONS = [
  'Бухгалтер',
  'Инженер',
  'Менеджер',
  'Оператор',
  'Специалист',
  'Юрист',
  'Водитель',
  'Начальник отдела',
];
const UNIVERSITY_STAFF_POSITIONS = [
  'Преподаватель',
  'Старший преподаватель',
  'Доцент',
  'Профессор',
  'Методист',
  'Декан',
];

function feminine(surname: string): string {
  if (surname.endsWith('ов') || surname.endsWith('ев') || surname.endsWith('ёв') || surname.endsWith('ин')) {
    return `${surname}а`;
  }
  return surname;
}

export interface DemoPerson {
  index: number;
  fullName: string;
  email: string;
  position: string | null;
  unit: string;
  number: string;
  kind: 'employee' | 'student';
  language: 'kk' | 'ru';
  hiredOn: string;
}

export function demoUnits(kind: 'ngo' | 'company' | 'university'): string[] {
  if (kind === 'ngo') return ['Команда программы'];
  return kind === 'university' ? UNIVERSITY_UNITS : COMPANY_UNITS;
}

export function demoPeople(
  organizationKey: string,
  kind: 'ngo' | 'company' | 'university',
  count: number,
  seed: number,
): DemoPerson[] {
  const random = seededRandom(seed);
  const units = demoUnits(kind);
  return Array.from({ length: count }, (_, index) => {
    const kazakh = random() < 0.65;
    const female = random() < 0.5;
    const given = pick(
      random,
      kazakh ? (female ? KAZAKH_FEMALE : KAZAKH_MALE) : female ? RUSSIAN_FEMALE : RUSSIAN_MALE,
    );
    const surname = pick(random, kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES);
    const student = kind === 'university' && random() < 0.6;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    return {
      index,
      fullName: `${female ? feminine(surname) : surname} ${given}`,
      email: `person${index + 1}@${organizationKey}.demo`,
      position: student
        ? null
        : pick(random, kind === 'university' ? UNIVERSITY_STAFF_POSITIONS : COMPANY_POSITIONS),
      unit: pick(random, units),
      number: `${student ? 'S' : 'E'}${String(index + 1).padStart(5, '0')}`,
      kind: student ? 'student' : 'employee',
      language: kazakh ? 'kk' : 'ru',
      hiredOn: `${2010 + Math.floor(random() * 16)}-${month}-${day}`,
    };
  });
}
