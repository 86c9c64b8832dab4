import type { DemoOrganization } from './organizations.js';

const ml = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** The details an HR officer types in first: the organisation and who is responsible. */
export function draftValues(organization: DemoOrganization) {
  const { kk, ru, en } = organization.names;
  return {
    organisationName: ml(kk, ru, en),
    responsibleUnit: ml('Персоналды басқару қызметі', 'Служба управления персоналом', 'HR department'),
    ethicsCommissionerName: 'Әсел Бекова',
    ethicsCommissionerEmail: `ethics@${organization.key}.demo`,
  };
}

/** Every required detail of the model filled: a policy that passes the compliance check. */
export function filledValues(organization: DemoOrganization, effectiveDate: string) {
  const university = organization.kind === 'university';
  return {
    ...draftValues(organization),
    workersRepresentatives: ml('Қызметкерлер кәсіподағы', 'Профсоюз работников', 'Staff trade union'),
    studentRepresentatives: ml('Студенттер кеңесі', 'Студенческий совет', 'Student council'),
    effectiveDate,
    ethicsCommissionerPhone: '+7 727 000 00 00',
    reportingEmail: `report@${organization.key}.demo`,
    reportingAddress: ml('Абай даңғылы, 10, 204-кабинет', 'пр. Абая, 10, каб. 204', '10 Abai Ave, room 204'),
    deputyCommissionerName: 'Ержан Қалиев',
    deputyCommissionerEmail: `deputy@${organization.key}.demo`,
    anonymousChannelUrl: `https://report.${organization.key}.demo/anon`,
    leaderName: university ? 'Мұрат Жанұзақов' : 'Дана Ахметова',
    leaderPosition: university
      ? ml('Ректор', 'Ректор', 'Rector')
      : ml('Басқарма төрағасы', 'Председатель Правления', 'Chair of the Management Board'),
  };
}
