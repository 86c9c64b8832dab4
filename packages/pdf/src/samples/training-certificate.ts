import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';

const COURSE: Record<Language, { title: string; topics: string[] }> = {
  kk: {
    title: 'Жұмыс орнындағы қудалаудың алдын алу: қызметкерлерге арналған негізгі курс',
    topics: [
      'қудалау мен кемсітушіліктің түрлері',
      'әйелдер мен ерлердің тең мүмкіндіктері',
      'куәгердің әрекеті',
      'хабарлау арналары мен құпиялылық',
    ],
  },
  ru: {
    title: 'Предотвращение домогательств на рабочем месте: базовый курс для работников',
    topics: [
      'виды домогательств и дискриминации',
      'равные возможности женщин и мужчин',
      'действия свидетеля',
      'каналы сообщения и конфиденциальность',
    ],
  },
  en: {
    title: 'Preventing harassment at work: core course for employees',
    topics: [
      'forms of harassment and discrimination',
      'equal opportunities for women and men',
      'what a bystander can do',
      'reporting channels and confidentiality',
    ],
  },
};

export function sampleTrainingCertificate(language: Language): DocumentData<'training-certificate'> {
  const hr = PEOPLE.hrDirector[language];
  return {
    participant: PEOPLE.employee[language],
    course: { title: COURSE[language].title, hours: 4, format: 'online', provider: 'Qorgau' },
    certificateNumber: 'TR-2025-000417',
    completedAt: '2025-03-12T15:20:00+05:00',
    scorePercent: 92,
    validUntil: '2026-03-12',
    topics: COURSE[language].topics,
    signature: {
      signerName: hr.fullName,
      signerPosition: hr.position,
      signedAt: '2025-03-12T15:21:00+05:00',
    },
  };
}
