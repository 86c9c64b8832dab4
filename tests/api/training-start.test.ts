import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';
import { removeTrainingFixture } from '../support/training-flow.js';

// The overview is a GET that browsers and react-query may prefetch, retry or cache, so it only
// reads; opening a cycle is the explicit myTraining.start mutation the course player calls.

let database: TestDatabase;
let tenant: TenantFixture;
let hr: TestClient;
let member: TestClient;
let assignmentId = '';
let joinerId = '';

async function enrolmentsOfJoiner() {
  return database.ownerDb
    .selectFrom('training_enrolments')
    .select(['cycle', 'due_date'])
    .where('person_id', '=', joinerId)
    .execute();
}

async function trackedJoiner() {
  const { rows } = await (await hr.caller()).training.tracking({ assignmentId });
  return rows.find((row) => row.personId === joinerId);
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeTrainingFixture(database.ownerDb, tenant.tenantId);
  const deps = testDeps(database.appDb);
  hr = await signedInTestClient(deps, tenant.users.hr_officer.email);
  member = await signedInTestClient(deps, tenant.users.member.email);
  const created = await (await hr.caller()).training.createAssignment({
    title: 'Курс 2026',
    audience: {},
    dueDate: '2099-12-31',
  });
  assignmentId = created.id;
  // Joins after the assignment was made: not enrolled until the sweep runs or they open the course.
  const joiner = await database.ownerDb
    .insertInto('people')
    .values({
      tenant_id: tenant.tenantId,
      full_name: 'Жаңа Қызметкер',
      email: 'joiner@example.kz',
      language: 'ru',
      unit_id: tenant.unitId,
      user_id: tenant.users.member.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  joinerId = joiner.id;
});
afterAll(() => database.drop());

test('the overview shows the course a joiner is due, as data, and writes nothing', async () => {
  const caller = await member.caller();
  const overview = await caller.myTraining.overview();
  expect(overview).toMatchObject({
    assignmentId,
    cycle: 1,
    status: 'not_started',
    pendingStart: 'enrolment',
    completion: null,
  });
  expect(overview?.modules.length).toBeGreaterThan(0);
  expect(await caller.myTraining.overview()).toEqual(overview);
  expect(await enrolmentsOfJoiner()).toEqual([]);
  expect(await trackedJoiner()).toBeUndefined();
  const firstModule = overview?.modules[0]?.id ?? '';
  expect(
    await trpcCode(caller.myTraining.module({ assignmentId, moduleId: firstModule, language: 'ru' })),
  ).toBe('NOT_FOUND');
});

test('starting enrols the joiner as the overview said, once', async () => {
  const caller = await member.caller();
  const promised = await caller.myTraining.overview();
  expect(await caller.myTraining.start()).toEqual({ enrolled: 1, reopened: 0 });
  expect(await caller.myTraining.start()).toEqual({ enrolled: 0, reopened: 0 });
  const overview = await caller.myTraining.overview();
  expect(overview).toEqual({ ...promised, pendingStart: null });
  expect(await enrolmentsOfJoiner()).toHaveLength(1);
  expect(await trackedJoiner()).toMatchObject({ cycle: 1, status: 'pending', dueDate: promised?.dueDate });
  const firstModule = overview?.modules[0]?.id ?? '';
  const content = await caller.myTraining.module({ assignmentId, moduleId: firstModule, language: 'ru' });
  expect(content.completed).toBe(false);
});

test('someone outside the directory sees no course, and starting changes nothing', async () => {
  const caller = await hr.caller();
  expect(await caller.myTraining.overview()).toBeNull();
  expect(await caller.myTraining.start()).toEqual({ enrolled: 0, reopened: 0 });
});
