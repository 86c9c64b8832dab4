import type { RunningServer } from '@qorgau/api';
import type { Db } from '@qorgau/db';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';

interface Preview {
  runId: string;
  rejected: unknown[];
  plan: { add: number; update: number; unchanged: number };
}

// Sixty days between the campaign's start and its due date: a person joining gets the same sixty.
const CAMPAIGN_STARTED = new Date('2026-01-01T00:00:00Z');
const CAMPAIGN_DUE = '2026-03-02';
const WINDOW_DAYS = 60;

let database: TestDatabase;
let tenant: TenantFixture;
let foreign: TenantFixture;
let campaignId = '';
let foreignCampaignId = '';
let server: RunningServer;
let hr: HttpClient;
let tag = '';
let homeUnit = '';
const FACULTY = 'Факультет';

/** A published version and its campaign, written as the owner; it is the tenant's current one. */
async function publishCampaign(db: Db, tenantId: string, audience: object): Promise<string> {
  const version = await db
    .insertInto('policy_versions')
    .values({
      tenant_id: tenantId,
      number: 2,
      model_version: 'fixture',
      customization: '{}',
      status: 'published',
      hashes: '{}',
      published_at: CAMPAIGN_STARTED,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const campaign = await db
    .insertInto('ack_campaigns')
    .values({
      tenant_id: tenantId,
      version_id: version.id,
      audience: JSON.stringify(audience),
      due_date: CAMPAIGN_DUE,
      created_at: CAMPAIGN_STARTED,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return campaign.id;
}

async function assignments(id: string) {
  const rows = await database.ownerDb
    .selectFrom('ack_assignments')
    .select(['person_id', 'due_date', 'status'])
    .where('campaign_id', '=', id)
    .execute();
  return new Map(rows.map((row) => [row.person_id, { dueDate: row.due_date, status: row.status }]));
}

function isoDaysFromToday(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const HEADER = 'Табельный номер;Сотрудник;Подразделение;Должность;Дата приема;Электронная почта';

async function importRows(rows: string[]) {
  const response = await fetch(`${hr.baseUrl}/api/people/import?fileName=people.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web', cookie: hr.cookie },
    body: Buffer.from(`${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8'),
  });
  expect(response.status).toBe(200);
  const preview = (await response.json()) as Preview;
  expect(preview.rejected).toEqual([]);
  const summary = await hr.mutation<Record<string, number>>('people.importApply', { runId: preview.runId });
  return { plan: preview.plan, summary };
}

function row(index: number, unit: string) {
  return `N${index};Person ${index} ${tag};${unit};;;person${index}.${tag}@example.kz`;
}

beforeAll(async () => {
  database = await createTestDatabase();
  const db = database.ownerDb;
  tenant = await createTenant(db);
  foreign = await createTenant(db);
  tag = tenant.tenantId.slice(0, 8);
  homeUnit = `Unit ${tag}`;
  const faculty = await db
    .insertInto('units')
    .values({ tenant_id: tenant.tenantId, name: FACULTY })
    .returning('id')
    .executeTakeFirstOrThrow();
  campaignId = await publishCampaign(db, tenant.tenantId, { unitIds: [faculty.id] });
  // Everyone in the other organisation would qualify for its campaign, so any leak would show.
  foreignCampaignId = await publishCampaign(db, foreign.tenantId, {});

  const [, inactive, movingOut] = tenant.personIds;
  await db
    .updateTable('people')
    .set({ status: 'inactive', deactivated_at: new Date(), unit_id: faculty.id })
    .where('id', '=', inactive ?? '')
    .execute();
  await db
    .updateTable('people')
    .set({ unit_id: faculty.id })
    .where('id', '=', movingOut ?? '')
    .execute();
  await db
    .insertInto('ack_assignments')
    .values({
      tenant_id: tenant.tenantId,
      campaign_id: campaignId,
      person_id: movingOut ?? '',
      due_date: CAMPAIGN_DUE,
      status: 'acknowledged',
    })
    .execute();

  server = await startApiServer(database.appUrl, { JOB_WORKERS: 'false' });
  hr = await signedInClient(server, tenant.users.hr_officer.email);
}, 60_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('people an import moves into the audience or reactivates join the campaign; those moved out keep theirs', async () => {
  const [movedIn, reactivated, movedOut] = tenant.personIds as [string, string, string];
  const file = [row(0, FACULTY), row(1, FACULTY), row(2, homeUnit)];

  const first = await importRows(file);
  expect(first.plan).toMatchObject({ add: 0, update: 3 });
  expect(first.summary).toMatchObject({ updated: 3, assignedToCampaign: 2 });
  const assigned = await assignments(campaignId);
  const ownDueDate = isoDaysFromToday(WINDOW_DAYS);
  expect(assigned.get(movedIn)).toEqual({ dueDate: ownDueDate, status: 'pending' });
  expect(assigned.get(reactivated)).toEqual({ dueDate: ownDueDate, status: 'pending' });
  expect(assigned.get(movedOut)).toEqual({ dueDate: CAMPAIGN_DUE, status: 'acknowledged' });
  expect(assigned.size).toBe(3);

  const again = await importRows(file);
  expect(again.plan).toMatchObject({ add: 0, update: 0, unchanged: 3 });
  expect(again.summary).toMatchObject({ updated: 0, assignedToCampaign: 0 });
  expect(await assignments(campaignId)).toEqual(assigned);

  expect((await assignments(foreignCampaignId)).size).toBe(0);
  const foreignAssignments = await database.ownerDb
    .selectFrom('ack_assignments')
    .select('person_id')
    .where('tenant_id', '=', foreign.tenantId)
    .execute();
  expect(foreignAssignments).toEqual([]);
});

test('thousands of people moved by one import all join, however the work is batched', async () => {
  const count = 5_500;
  const people = Array.from({ length: count }, (_, index) => ({
    tenant_id: tenant.tenantId,
    full_name: `Bulk ${index}`,
    number: `B${String(index).padStart(5, '0')}`,
    unit_id: tenant.unitId,
    language: 'kk' as const,
  }));
  await database.ownerDb.insertInto('people').values(people).execute();
  const before = (await assignments(campaignId)).size;

  const moved = people.map((person) => `${person.number};${person.full_name};${FACULTY};;;`);
  const { plan, summary } = await importRows(moved);
  expect(plan).toMatchObject({ add: 0, update: count });
  expect(summary).toMatchObject({ assignedToCampaign: count });
  expect((await assignments(campaignId)).size).toBe(before + count);
}, 120_000);
