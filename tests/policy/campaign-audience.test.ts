import path from 'node:path';
import { createLogger, loadConfig, type RunningServer, startHttpServer } from '@qorgau/api';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { adoptPolicyVersion } from '../support/policy-flow.js';
import { removeFixtureVersion } from '../support/policy-values.js';

interface Campaign {
  id: string;
  versionId: string;
  versionNumber: number;
  audience: Record<string, unknown>;
}

let database: TestDatabase;
let tenant: TenantFixture;
let foreignUnitId = '';
let server: RunningServer;
let hr: HttpClient;
let member: HttpClient;
let versionId = '';
let otherUnitId = '';
let unitName = '';
const extra: Record<'student' | 'engineerB' | 'inactive', string> = {
  student: '',
  engineerB: '',
  inactive: '',
};

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

async function assignedIds(campaignId: string) {
  const rows = await database.ownerDb
    .selectFrom('ack_assignments')
    .select(['person_id', 'due_date'])
    .where('campaign_id', '=', campaignId)
    .execute();
  return new Map(rows.map((row) => [row.person_id, row.due_date]));
}

function isoDaysFromNow(days: number) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  foreignUnitId = (await createTenant(database.ownerDb)).unitId;
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  const db = database.ownerDb;
  const positions = ['Инженер', '  инженер ', 'Бухгалтер'];
  for (const [index, id] of tenant.personIds.entries()) {
    await db
      .updateTable('people')
      .set({ position: positions[index] ?? null, hired_on: '2019-05-01' })
      .where('id', '=', id)
      .execute();
  }
  await db
    .updateTable('people')
    .set({ user_id: tenant.users.member.id })
    .where('id', '=', tenant.personIds[0] ?? '')
    .execute();
  unitName = (
    await db.selectFrom('units').select('name').where('id', '=', tenant.unitId).executeTakeFirstOrThrow()
  ).name;
  otherUnitId = (
    await db
      .insertInto('units')
      .values({ tenant_id: tenant.tenantId, name: 'Факультет' })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  const add = async (values: {
    name: string;
    kind: 'employee' | 'student';
    position: string;
    unit: string;
    hired: string;
    status?: 'inactive';
  }) =>
    (
      await db
        .insertInto('people')
        .values({
          tenant_id: tenant.tenantId,
          full_name: values.name,
          kind: values.kind,
          position: values.position,
          unit_id: values.unit,
          hired_on: values.hired,
          language: 'ru',
          ...(values.status ? { status: values.status } : {}),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  extra.student = await add({
    name: 'Студент Бірінші',
    kind: 'student',
    position: 'Студент',
    unit: otherUnitId,
    hired: '2026-09-01',
  });
  extra.engineerB = await add({
    name: 'Инженер Факультета',
    kind: 'employee',
    position: 'ИНЖЕНЕР',
    unit: otherUnitId,
    hired: '2020-01-01',
  });
  extra.inactive = await add({
    name: 'Бывший Инженер',
    kind: 'employee',
    position: 'Инженер',
    unit: tenant.unitId,
    hired: '2020-01-01',
    status: 'inactive',
  });
  const programme = await createProgramme(database.ownerDb);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    JOB_WORKERS: 'false',
    DATA_DIR: path.resolve('tests/.data'),
  });
  server = await startHttpServer(config, createLogger('silent'), database.appUrl);
  const base = server.url.replace('localhost', '127.0.0.1');
  const client = async (email: string) => {
    const http = new HttpClient(base);
    await http.mutation('auth.signIn', { email, password: TEST_PASSWORD });
    return http;
  };
  hr = await client(tenant.users.hr_officer.email);
  member = await client(tenant.users.member.email);
  const staff = await client(programme.staff.email);
  versionId = await adoptPolicyVersion(hr, staff, tenant.tenantId);
}, 90_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('HR sees the kinds and positions to choose from, spellings of one position counted together', async () => {
  const choices = await hr.query<{
    kinds: { kind: string; count: number }[];
    positions: { position: string; count: number }[];
  }>('campaigns.audienceChoices');
  expect(choices.kinds).toEqual([
    { kind: 'employee', count: 4 },
    { kind: 'student', count: 1 },
  ]);
  const engineers = choices.positions.find((choice) => choice.position.toLowerCase() === 'инженер');
  expect(engineers?.count).toBe(3);
  expect(choices.positions.map((choice) => choice.position)).toEqual(
    expect.arrayContaining(['Бухгалтер', 'Студент']),
  );
  expect(choices.positions).toHaveLength(3);
});

test('the audience counts only active people meeting every criterion given', async () => {
  const size = async (audience: object) =>
    (await hr.query<{ count: number }>('campaigns.audienceSize', { audience })).count;
  expect(await size({})).toBe(5);
  expect(await size({ positions: ['инженер'] })).toBe(3);
  expect(await size({ kinds: ['student'] })).toBe(1);
  expect(await size({ unitIds: [otherUnitId], positions: ['Инженер'] })).toBe(1);
  expect(await size({ unitIds: [tenant.unitId, otherUnitId], kinds: ['employee'] })).toBe(4);
  expect(await size({ joinedSince: '2026-01-01' })).toBe(1);
  expect(await size({ joinedSince: '2026-09-01', kinds: ['employee'] })).toBe(0);
});

test('an audience is validated: empty lists, unknown criteria and foreign units are refused', async () => {
  const publish = (audience: unknown) =>
    errorOf(hr.mutation('policy.publish', { versionId, dueDate: '2026-12-31', audience }));
  expect(await publish({ unitIds: [] })).toBe('invalidInput');
  expect(await publish({ positions: ['  '] })).toBe('invalidInput');
  expect(await publish({ kinds: ['manager'] })).toBe('invalidInput');
  expect(await publish({ roles: ['hr_officer'] })).toBe('invalidInput');
  expect(await publish({ joinedSince: '01.09.2026' })).toBe('invalidInput');
  expect(await publish({ unitIds: [foreignUnitId] })).toBe('unit.notFound');
  expect((await hr.query<{ status: string }>('policy.get', { id: versionId })).status).toBe('adopted');
});

test('the home page names the current policy, and publishing to engineers of one unit assigns only them', async () => {
  const before = await member.query<{ policy: { number: number; status: string } | null }>('home.summary');
  expect(before.policy).toMatchObject({ status: 'adopted', effectiveDate: '2026-12-01' });
  const published = await hr.mutation<{ campaignId: string; assigned: number }>('policy.publish', {
    versionId,
    dueDate: '2026-12-31',
    audience: { unitIds: [tenant.unitId], positions: ['ИНЖЕНЕР'] },
  });
  expect(published.assigned).toBe(2);
  const assigned = await assignedIds(published.campaignId);
  expect([...assigned.keys()].sort()).toEqual([tenant.personIds[0], tenant.personIds[1]].sort());
  const [campaign] = await hr.query<Campaign[]>('campaigns.list');
  const version = await hr.query<{ number: number }>('policy.get', { id: versionId });
  expect(campaign).toMatchObject({
    id: published.campaignId,
    versionId,
    versionNumber: version.number,
    audience: { unitIds: [tenant.unitId], positions: ['ИНЖЕНЕР'] },
  });
  const after = await member.query<{ policy: Record<string, unknown> }>('home.summary');
  expect(after.policy).toEqual({
    versionId,
    number: version.number,
    status: 'published',
    effectiveDate: '2026-12-01',
    publishedAt: expect.any(String),
  });
});

test('the staff member’s record says which languages they opened and finished', async () => {
  expect((await member.query<{ reads: unknown[] }>('myPolicy.current')).reads).toEqual([]);
  await member.mutation('myPolicy.read', { versionId, language: 'kk' });
  await member.mutation('myPolicy.reachedEnd', { versionId, language: 'kk' });
  await member.mutation('myPolicy.read', { versionId, language: 'ru' });
  const current = await member.query<{ reads: { language: string; reachedEnd: boolean }[] }>(
    'myPolicy.current',
  );
  expect(current.reads).toEqual([
    { language: 'kk', reachedEnd: true },
    { language: 'ru', reachedEnd: false },
  ]);
});

test('a new joiner is added to the campaign only when they fall in its audience', async () => {
  const [campaign] = await hr.query<Campaign[]>('campaigns.list');
  const create = (position: string, unitId: string) =>
    hr.mutation<{ id: string }>('people.create', {
      fullName: `Жаңа ${position}`,
      position,
      unitId,
      language: 'kk',
      kind: 'employee',
    });
  const engineer = await create('инженер', tenant.unitId);
  const accountant = await create('Бухгалтер', tenant.unitId);
  const elsewhere = await create('Инженер', otherUnitId);
  const assigned = await assignedIds(campaign?.id ?? '');
  expect(assigned.has(engineer.id)).toBe(true);
  expect(assigned.has(accountant.id)).toBe(false);
  expect(assigned.has(elsewhere.id)).toBe(false);
  expect((assigned.get(engineer.id) ?? '') >= isoDaysFromNow(13)).toBe(true);
});

test('a person moved into the audience or brought back from inactive joins the campaign', async () => {
  const [campaign] = await hr.query<Campaign[]>('campaigns.list');
  const moved = await hr.mutation<{ id: string }>('people.create', {
    fullName: 'Ауыстырылған Инженер',
    position: 'Инженер',
    unitId: otherUnitId,
    language: 'kk',
    kind: 'employee',
  });
  expect((await assignedIds(campaign?.id ?? '')).has(moved.id)).toBe(false);
  expect((await assignedIds(campaign?.id ?? '')).has(extra.inactive)).toBe(false);
  await hr.mutation('people.update', {
    id: moved.id,
    fullName: 'Ауыстырылған Инженер',
    position: 'Инженер',
    unitId: tenant.unitId,
    language: 'kk',
    kind: 'employee',
  });
  await hr.mutation('people.reactivate', { id: extra.inactive });
  const assigned = await assignedIds(campaign?.id ?? '');
  expect(assigned.has(moved.id)).toBe(true);
  expect(assigned.has(extra.inactive)).toBe(true);
  expect((assigned.get(extra.inactive) ?? '') >= isoDaysFromNow(13)).toBe(true);
});

test('people added by an import join the campaign when they fall in its audience', async () => {
  const [campaign] = await hr.query<Campaign[]>('campaigns.list');
  const csv = [
    'Табельный номер;Сотрудник;Подразделение;Должность;Дата приема;Электронная почта',
    `T-1;Импорт Инженер;${unitName};Инженер;01.11.2026;engineer@import.kz`,
    `T-2;Импорт Бухгалтер;${unitName};Бухгалтер;01.11.2026;accountant@import.kz`,
  ].join('\r\n');
  const response = await fetch(`${hr.baseUrl}/api/people/import?fileName=joiners.csv`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web', cookie: hr.cookie },
    body: Buffer.from(csv, 'utf8'),
  });
  const preview = (await response.json()) as { runId: string; rejected: unknown[] };
  expect(preview.rejected).toEqual([]);
  const summary = await hr.mutation<{ added: number; assignedToCampaign: number }>('people.importApply', {
    runId: preview.runId,
  });
  expect(summary).toMatchObject({ added: 2, assignedToCampaign: 1 });
  const imported = await database.ownerDb
    .selectFrom('people')
    .select(['id', 'position'])
    .where('number', 'in', ['T-1', 'T-2'])
    .execute();
  const assigned = await assignedIds(campaign?.id ?? '');
  for (const person of imported) expect(assigned.has(person.id)).toBe(person.position === 'Инженер');
});
