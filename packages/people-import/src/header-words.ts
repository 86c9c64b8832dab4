/** Lowercase, ё→е, punctuation to spaces: "Дата приёма", "ДАТА ПРИЕМА:" and "Дата  приема" compare equal. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}№]+/gu, ' ')
    .trim();
}

export const MAPPABLE_FIELDS = [
  'number',
  'fullName',
  'unit',
  'position',
  'hiredOn',
  'email',
  'language',
  'kind',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

interface Aliases {
  /** Match when the header contains the phrase as whole words ("ФИО сотрудника" contains "фио"). */
  phrases: string[];
  /** Match only when the header is exactly this: too generic to look for inside longer headers. */
  exact: string[];
}

// Russian as 1C:ZUP and university systems export it, Kazakh as the same systems localise it, English.
const FIELD_ALIASES: Record<MappableField, Aliases> = {
  number: {
    phrases: [
      'табельный номер',
      'табельный №',
      'таб номер',
      'таб №',
      'номер студенческого билета',
      'номер зачетной книжки',
      'табель нөмірі',
      'табельдік нөмір',
      'табельдік нөмірі',
      'қызметкер нөмірі',
      'студенттік билет нөмірі',
      'employee number',
      'employee no',
      'employee id',
      'staff number',
      'personnel number',
      'student number',
      'student id',
    ],
    exact: ['табельный', 'номер', 'нөмір', 'нөмірі', 'number', 'id'],
  },
  fullName: {
    phrases: [
      'фио',
      'ф и о',
      'сотрудник',
      'работник',
      'фамилия имя отчество',
      'полное имя',
      'обучающийся',
      'аты жөні',
      'тегі аты әкесінің аты',
      'толық аты жөні',
      'қызметкер',
      'білім алушы',
      'full name',
      'employee name',
      'student name',
    ],
    exact: ['студент', 'name', 'employee', 'student', 'аты'],
  },
  unit: {
    phrases: [
      'подразделение',
      'структурное подразделение',
      'отдел',
      'департамент',
      'факультет',
      'кафедра',
      'учебная группа',
      'бөлімше',
      'құрылымдық бөлімше',
      'бөлім',
      'department',
      'division',
      'faculty',
    ],
    exact: ['группа', 'служба', 'топ', 'unit', 'group', 'org unit'],
  },
  position: {
    phrases: [
      'должность',
      'занимаемая должность',
      'лауазым',
      'лауазымы',
      'атқаратын қызметі',
      'position',
      'job title',
    ],
    exact: ['позиция', 'қызметі', 'title', 'role'],
  },
  hiredOn: {
    phrases: [
      'дата приема',
      'дата поступления',
      'дата зачисления',
      'дата найма',
      'жұмысқа қабылданған күні',
      'қабылданған күні',
      'қабылдау күні',
      'оқуға түскен күні',
      'hire date',
      'hired on',
      'date hired',
      'date of hire',
      'start date',
      'employment date',
      'enrollment date',
      'enrolment date',
    ],
    exact: ['принят', 'hired'],
  },
  email: {
    phrases: [
      'электронная почта',
      'адрес электронной почты',
      'эл почта',
      'e mail',
      'email',
      'электрондық пошта',
      'электронды пошта',
      'эл пошта',
    ],
    exact: ['почта', 'пошта', 'mail'],
  },
  language: {
    phrases: ['язык общения', 'язык интерфейса', 'қарым қатынас тілі'],
    exact: ['язык', 'тіл', 'тілі', 'language', 'lang'],
  },
  kind: {
    phrases: ['тип участника', 'категория участника'],
    exact: ['тип', 'категория', 'санаты', 'түрі', 'kind', 'type', 'category'],
  },
};

/**
 * National identity numbers and similar documents: personal data the product has no use for. A column
 * with such a header is never suggested and a mapping pointing at it is refused.
 */
const IDENTITY_PHRASES = [
  'иин',
  'жсн',
  'iin',
  'бин',
  'инн',
  'снилс',
  'индивидуальный идентификационный номер',
  'жеке сәйкестендіру нөмірі',
  'individual identification number',
  'паспорт',
  'удостоверение личности',
  'жеке куәлік',
  'passport',
];

/** Further headers common in HR exports: they only help to recognise the header row. */
const OTHER_HEADER_WORDS = [
  '№',
  '№ п п',
  'п п',
  'дата рождения',
  'пол',
  'телефон',
  'гражданство',
  'оклад',
  'туған күні',
  'жынысы',
  'phone',
  'date of birth',
  'gender',
];

function containsPhrase(header: string, phrase: string): boolean {
  return ` ${header} `.includes(` ${phrase} `);
}

const normalizedAliases = Object.entries(FIELD_ALIASES).map(([field, aliases]) => ({
  field: field as MappableField,
  phrases: aliases.phrases.map(normalizeHeader),
  exact: new Set(aliases.exact.map(normalizeHeader)),
}));
const normalizedIdentity = IDENTITY_PHRASES.map(normalizeHeader);
const normalizedOther = new Set(OTHER_HEADER_WORDS.map(normalizeHeader));

export function isIdentityHeader(header: string): boolean {
  const normalized = normalizeHeader(header);
  return normalizedIdentity.some((phrase) => containsPhrase(normalized, phrase));
}

export interface FieldMatch {
  field: MappableField;
  /** 2 for an exact header, 1 for a header that merely contains a known phrase. */
  score: number;
}

export function matchHeader(header: string): FieldMatch | null {
  const normalized = normalizeHeader(header);
  if (normalized === '' || isIdentityHeader(header)) return null;
  let best: FieldMatch | null = null;
  for (const { field, phrases, exact } of normalizedAliases) {
    if (exact.has(normalized) || phrases.includes(normalized)) return { field, score: 2 };
    if (!best && phrases.some((phrase) => containsPhrase(normalized, phrase))) best = { field, score: 1 };
  }
  return best;
}

export function isKnownHeaderWord(header: string): boolean {
  return (
    matchHeader(header) !== null || isIdentityHeader(header) || normalizedOther.has(normalizeHeader(header))
  );
}
