import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';
import { POLICY_TITLES, POLICY_VERSION } from './policy-text.js';

const TEXT: Record<
  Language,
  {
    body: string;
    location: string;
    agendaItem: string;
    resolutions: string[];
    roles: { chair: string; member: string; independent: string; secretary: string };
  }
> = {
  kk: {
    body: 'Директорлар кеңесі',
    location: 'Алматы қ., Абай даңғылы, 150, мәжіліс залы',
    agendaItem:
      'Жұмыс орнындағы қудалаудың алдын алу және әйелдер мен ерлердің тең мүмкіндіктері саясатын бекіту туралы.',
    resolutions: [
      'Жұмыс орнындағы қудалаудың алдын алу және әйелдер мен ерлердің тең мүмкіндіктері саясатын (2.0-нұсқа) бекітіп, оны 2025 жылғы 1 наурыздан бастап қолданысқа енгізу.',
      'Бас директорға барлық қызметкерлердің саясатпен 2025 жылғы 31 наурызға дейін қол қойып танысуын қамтамасыз етуді тапсыру.',
      'Персоналды басқару қызметіне саясаттың орындалу мониторингі туралы есепті Директорлар кеңесіне тоқсан сайын ұсынуды тапсыру.',
    ],
    roles: { chair: 'төраға', member: 'кеңес мүшесі', independent: 'тәуелсіз директор', secretary: 'хатшы' },
  },
  ru: {
    body: 'Совет директоров',
    location: 'г. Алматы, пр. Абая, 150, зал заседаний',
    agendaItem:
      'Об утверждении Политики предотвращения домогательств на рабочем месте и обеспечения равных возможностей женщин и мужчин.',
    resolutions: [
      'Утвердить Политику предотвращения домогательств на рабочем месте и обеспечения равных возможностей женщин и мужчин (версия 2.0) и ввести её в действие с 1 марта 2025 года.',
      'Поручить генеральному директору обеспечить ознакомление всех работников с политикой под подпись до 31 марта 2025 года.',
      'Поручить службе управления персоналом ежеквартально представлять Совету директоров отчёт о мониторинге исполнения политики.',
    ],
    roles: {
      chair: 'председатель',
      member: 'член совета',
      independent: 'независимый директор',
      secretary: 'секретарь',
    },
  },
  en: {
    body: 'Board of Directors',
    location: 'Board room, 150 Abai Avenue, Almaty',
    agendaItem:
      'Approval of the Policy on preventing harassment at work and ensuring equal opportunities for women and men.',
    resolutions: [
      'To approve the Policy on preventing harassment at work and ensuring equal opportunities for women and men (version 2.0) with effect from 1 March 2025.',
      'To instruct the Chief Executive Officer to ensure that all employees acknowledge the policy in writing by 31 March 2025.',
      'To instruct Human Resources to submit a quarterly policy monitoring report to the Board of Directors.',
    ],
    roles: {
      chair: 'chair',
      member: 'board member',
      independent: 'independent director',
      secretary: 'secretary',
    },
  },
};

const INDEPENDENT: Record<Language, string> = {
  kk: 'Сергей Павлович Ли',
  ru: 'Сергей Павлович Ли',
  en: 'Sergey Li',
};

export function sampleBoardExtract(language: Language): DocumentData<'board-extract'> {
  const text = TEXT[language];
  const chair = PEOPLE.chair[language];
  const secretary = PEOPLE.secretary[language];
  return {
    body: text.body,
    meeting: { number: '3', date: '2025-02-14', location: text.location, form: 'in_person' },
    attendees: [
      { fullName: chair.fullName, role: text.roles.chair },
      { fullName: PEOPLE.ceo[language].fullName, role: text.roles.member },
      { fullName: PEOPLE.hrDirector[language].fullName, role: text.roles.member },
      { fullName: INDEPENDENT[language], role: text.roles.independent },
      { fullName: secretary.fullName, role: text.roles.secretary },
    ],
    quorumPresent: true,
    agendaItem: text.agendaItem,
    resolutions: text.resolutions,
    votes: { for: 4, against: 0, abstained: 0 },
    policy: { title: POLICY_TITLES[language], version: POLICY_VERSION },
    chair,
    secretary,
    signature: {
      signerName: secretary.fullName,
      signerPosition: secretary.position,
      signedAt: '2025-02-17T09:15:00+05:00',
    },
  };
}
