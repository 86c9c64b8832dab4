import { sweepTraining } from '@qorgau/api';
import { signedInTestClient, type TestClient, testClock, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { answersFor, linkPerson, modelCourse, removeTrainingFixture } from '../support/training-flow.js';

const DAY_MS = 24 * 60 * 60 * 1000;
let database: TestDatabase;
let tenant: TenantFixture;
const clock = testClock(new Date('2026-12-01T09:00:00Z'));
let deps: ReturnType<typeof testDeps>;
let hr: TestClient;
let member: TestClient;
let assignmentId = '';
let joinerId = '';
const course = modelCourse();
const today = () => clock.read().toISOString().slice(0, 10);

async function trackingOf(personId: string) {
  const { rows } = await (await hr.caller()).training.tracking({ assignmentId });
  return rows.find((row) => row.personId === personId);
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeTrainingFixture(database.ownerDb, tenant.tenantId);
  await linkPerson(database.ownerDb, tenant.personIds[0] ?? '', tenant.users.member.id);
  deps = testDeps(database.appDb, { clock: clock.read });
  hr = await signedInTestClient(deps, tenant.users.hr_officer.email);
  member = await signedInTestClient(deps, tenant.users.member.email);
  const created = await (await hr.caller()).training.createAssignment({
    title: 'Ежегодное обучение',
    audience: {},
    dueDate: '2027-01-31',
    refresher: true,
  });
  assignmentId = created.id;
});
afterAll(() => database.drop());

test('staff already there get the assignment’s date; a joiner gets 90 days from their first day', async () => {
  expect((await trackingOf(tenant.personIds[0] ?? ''))?.dueDate).toBe('2027-01-31');
  const joiner = await database.ownerDb
    .insertInto('people')
    .values({
      tenant_id: tenant.tenantId,
      full_name: 'Жаңа Қызметкер',
      email: 'joiner@example.kz',
      language: 'ru',
      unit_id: tenant.unitId,
      hired_on: '2026-12-10',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  clock.advance(14 * DAY_MS);
  joinerId = joiner.id;
  const swept = await sweepTraining(deps, today());
  expect(swept.enrolled).toBe(1);
  expect(await trackingOf(joiner.id)).toMatchObject({ cycle: 1, status: 'pending', dueDate: '2027-03-10' });
});

test('reminders follow the campaign cadence and are sent once per slot', async () => {
  const outbox = () =>
    database.ownerDb
      .selectFrom('email_outbox')
      .select(['to_address', 'subject'])
      .where('template', '=', 'training-reminder')
      .execute();
  const first = await outbox();
  expect(first.length).toBe(4);
  expect(first.find((mail) => mail.to_address === 'joiner@example.kz')?.subject).toContain('10 марта 2027');
  const again = await sweepTraining(deps, today());
  expect(again.reminders).toBe(0);
  expect(await outbox()).toHaveLength(4);
});

test('the yearly refresher reopens by itself, due on the anniversary', async () => {
  const caller = await member.caller();
  for (const module of course.modules.filter((candidate) => candidate.audience === 'everyone')) {
    await caller.myTraining.completeModule({ assignmentId, moduleId: module.id });
  }
  const attempt = await caller.myTraining.startAttempt({ assignmentId, language: 'ru' });
  const outcome = await caller.myTraining.submitAttempt({
    attemptId: attempt.attemptId,
    answers: answersFor(course, attempt.questions),
  });
  expect(outcome.passed).toBe(true);
  const passedOn = today();
  expect(passedOn).toBe('2026-12-15');

  clock.now = new Date('2027-11-14T09:00:00Z');
  // A year on, the old sessions have expired.
  await member.signIn(tenant.users.member.email, TEST_PASSWORD);
  await hr.signIn(tenant.users.hr_officer.email, TEST_PASSWORD);
  expect(await (await member.caller()).myTraining.overview()).toMatchObject({ cycle: 1, status: 'passed' });

  clock.now = new Date('2027-11-16T09:00:00Z');
  const learner = await member.caller();
  const due = await learner.myTraining.overview();
  expect(due).toMatchObject({
    cycle: 2,
    status: 'not_started',
    dueDate: '2027-12-15',
    completion: null,
    pendingStart: 'refresher',
  });
  expect(due?.modules.every((module) => !module.completed)).toBe(true);
  // Looking is not opening: HR still sees the first year until the learner starts or the sweep runs.
  expect(await trackingOf(tenant.personIds[0] ?? '')).toMatchObject({ cycle: 1, status: 'completed' });
  expect(await learner.myTraining.start()).toEqual({ enrolled: 0, reopened: 1 });
  expect(await learner.myTraining.overview()).toEqual({ ...due, pendingStart: null });
  expect(await trackingOf(tenant.personIds[0] ?? '')).toMatchObject({ cycle: 2, status: 'pending' });
  // The first year's completion stays as evidence.
  const completions = await database.ownerDb
    .selectFrom('training_completions')
    .select('cycle')
    .where('person_id', '=', tenant.personIds[0] ?? '')
    .execute();
  expect(completions).toEqual([{ cycle: 1 }]);
  expect((await sweepTraining(deps, today())).reopened).toBe(0);
});

test('past the due date a pending person shows as overdue', async () => {
  const { rows } = await (await hr.caller()).training.tracking({ assignmentId, status: 'overdue' });
  expect(rows.map((row) => row.personId).sort()).toEqual(
    [tenant.personIds[1], tenant.personIds[2], joinerId].sort(),
  );
});

test('after the reminders run out, an overdue person is escalated to HR once', async () => {
  clock.advance(7 * DAY_MS);
  const first = await sweepTraining(deps, today());
  expect(first.escalations).toBe(3);
  expect((await sweepTraining(deps, today())).escalations).toBe(0);
  const escalations = await database.ownerDb
    .selectFrom('email_outbox')
    .select(['to_address', 'subject'])
    .where('template', '=', 'training-escalation')
    .execute();
  expect(escalations).toHaveLength(3);
  expect(escalations.every((mail) => mail.to_address === tenant.users.hr_officer.email)).toBe(true);
});
