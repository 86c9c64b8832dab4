import type { Db } from '@qorgau/db';
import { sql } from 'kysely';

const ml = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** Every required variable of the model filled: a customization that passes the compliance check. */
export const FILLED_VALUES = {
  organisationName: ml('«Мысал» АҚ', 'АО «Пример»', 'Example JSC'),
  responsibleUnit: ml('Персоналды басқару қызметі', 'Служба управления персоналом', 'HR department'),
  workersRepresentatives: ml('«Мысал» кәсіподағы', 'профсоюз «Пример»', 'Example trade union'),
  studentRepresentatives: ml('Студенттер кеңесі', 'Студенческий совет', 'Student council'),
  effectiveDate: '2026-01-15',
  ethicsCommissionerName: 'Айгүл Серікқызы',
  ethicsCommissionerEmail: 'ethics@example.kz',
  ethicsCommissionerPhone: '+7 727 000 00 00',
  reportingEmail: 'report@example.kz',
  reportingAddress: ml('Абай даңғылы, 1, 105-кабинет', 'пр. Абая, 1, каб. 105', '1 Abai Ave, room 105'),
  deputyCommissionerName: 'Ержан Қалиев',
  deputyCommissionerEmail: 'deputy@example.kz',
  anonymousChannelUrl: 'https://report.example.kz/anon',
  leaderName: 'Дана Ахметова',
  leaderPosition: ml('Басқарма төрағасы', 'Председатель Правления', 'Chair of the Management Board'),
};

/** The tenant factory's placeholder version would block a real draft; stories that need one remove it. */
export async function removeFixtureVersion(ownerDb: Db, tenantId: string) {
  await sql`alter table policy_versions disable trigger policy_versions_guard`.execute(ownerDb);
  // The monitoring roll-ups point at the fixture's campaigns; they are derived rows, so clearing them loses nothing.
  await ownerDb
    .updateTable('monitoring_partners')
    .set({ current_campaign_id: null })
    .where('tenant_id', '=', tenantId)
    .execute();
  for (const table of [
    'monitoring_due_dates',
    'monitoring_unit_counts',
    'monitoring_campaign_counts',
  ] as const) {
    await ownerDb.deleteFrom(table).where('tenant_id', '=', tenantId).execute();
  }
  await ownerDb.deleteFrom('ack_campaigns').where('tenant_id', '=', tenantId).execute();
  await ownerDb.deleteFrom('policy_versions').where('tenant_id', '=', tenantId).execute();
  await sql`alter table policy_versions enable trigger policy_versions_guard`.execute(ownerDb);
}
