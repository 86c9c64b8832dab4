import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import { modelCourse, removeTrainingFixture } from '../support/training-flow.js';

let database: TestDatabase;
let tenant: TenantFixture;
let hr: TestClient;
let assignmentId = '';
let otherUnitId = '';
const EXTRA_PEOPLE = 60;
const localized = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeTrainingFixture(database.ownerDb, tenant.tenantId);
  const unit = await database.ownerDb
    .insertInto('units')
    .values({ tenant_id: tenant.tenantId, name: 'Склад' })
    .returning('id')
    .executeTakeFirstOrThrow();
  otherUnitId = unit.id;
  await database.ownerDb
    .insertInto('people')
    .values(
      Array.from({ length: EXTRA_PEOPLE }, (_, index) => ({
        tenant_id: tenant.tenantId,
        // Two people share one name; one name carries Kazakh letters and odd spacing in the sheet.
        full_name: index < 2 ? 'Асқар Жұмабаев' : index === 2 ? 'Әйгерім Сүлейменова' : `Қызметкер ${index}`,
        unit_id: otherUnitId,
        language: 'kk' as const,
      })),
    )
    .execute();
  hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  const created = await (await hr.caller()).training.createAssignment({
    title: 'Курс 2026',
    audience: {},
    dueDate: '2099-12-31',
  });
  assignmentId = created.id;
  expect(created.enrolled).toBe(3 + EXTRA_PEOPLE);
});
afterAll(() => database.drop());

test('tracking comes 50 a page, with unit, status and name filters applied by the server', async () => {
  const caller = await hr.caller();
  const first = await caller.training.tracking({ assignmentId });
  expect(first).toMatchObject({ total: 63, page: 1, pageSize: 50 });
  expect(first.rows).toHaveLength(50);
  const second = await caller.training.tracking({ assignmentId, page: 2 });
  expect(second.rows).toHaveLength(13);
  const everyone = new Set([...first.rows, ...second.rows].map((row) => row.personId));
  expect(everyone.size).toBe(63);
  expect(await caller.training.tracking({ assignmentId, page: 3 })).toMatchObject({ rows: [], total: 63 });

  const unit = await caller.training.tracking({ assignmentId, unitId: tenant.unitId });
  expect(unit.total).toBe(3);
  expect(unit.rows.every((row) => row.unitId === tenant.unitId)).toBe(true);
  expect((await caller.training.tracking({ assignmentId, status: 'completed' })).total).toBe(0);
  const named = await caller.training.tracking({ assignmentId, search: 'жұмабаев' });
  expect(named.rows.map((row) => row.fullName)).toEqual(['Асқар Жұмабаев', 'Асқар Жұмабаев']);
  expect(named.rows[0]).toMatchObject({ attempts: 0, attemptsLeft: modelCourse().maxAttempts });
});

test('an attendance list matches by full name when there is no e-mail or number; shared names are reported', async () => {
  const caller = await hr.caller();
  const session = await caller.trainingSessions.create({
    heldOn: '2026-11-20',
    format: 'in_person',
    trainer: 'Программа Qorgau',
    language: 'kk',
  });
  const outcome = await caller.trainingSessions.importAttendance({
    sessionId: session.id,
    list: ['  ӘЙГЕРІМ   сүлейменова ', 'Асқар Жұмабаев', 'Нет Такого', 'N1'].join('\n'),
  });
  expect(outcome).toMatchObject({ recorded: 2, matched: 2 });
  expect(outcome.unmatched).toEqual([
    { line: 2, text: 'Асқар Жұмабаев', reason: 'ambiguousName' },
    { line: 3, text: 'Нет Такого', reason: 'noMatch' },
  ]);
  const attendance = await caller.trainingSessions.get({ id: session.id });
  expect(attendance.attendance.map((row) => row.fullName).sort()).toEqual(
    [`Person 1 ${tenant.tenantId.slice(0, 8)}`, 'Әйгерім Сүлейменова'].sort(),
  );
});

test('HR attaches an own question to a model module; it is in the next published version', async () => {
  const caller = await hr.caller();
  const content = await caller.training.content();
  const modelIds = modelCourse().modules.map((module) => module.id);
  expect(content.modelModules.map((module) => module.id)).toEqual(modelIds);
  expect(content.modelModules[0]?.title.kk).toBeTruthy();
  const added = await caller.training.addQuestion({
    moduleId: 'support-services',
    kind: 'single',
    prompt: localized('Where is our hotline number posted?'),
    options: [
      { text: localized('On the intranet'), correct: true },
      { text: localized('Nowhere'), correct: false },
    ],
    explanation: localized('It is on the intranet home page.'),
  });
  const published = await caller.training.publishCourse();
  expect(published.created).toBe(true);
  const version = await database.ownerDb
    .selectFrom('training_course_versions')
    .select('content')
    .where('id', '=', published.id)
    .executeTakeFirstOrThrow();
  const bank = (version.content as { questionBank: { id: string; moduleId: string }[] }).questionBank;
  expect(bank).toContainEqual(
    expect.objectContaining({ id: added.questionId, moduleId: 'support-services' }),
  );
});

test('two people publishing a course version at the same moment get a conflict, not a server error', async () => {
  const callers = await Promise.all(Array.from({ length: 4 }, () => hr.caller()));
  const codes: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    await callers[0]?.training.addModule({
      title: localized(`Our rules ${round}`),
      body: localized('Text.'),
    });
    const results = await Promise.allSettled(callers.map((caller) => caller.training.publishCourse()));
    for (const result of results) {
      if (result.status === 'fulfilled') codes.push('OK');
      else {
        const error = result.reason as { code?: string; message?: string };
        codes.push(`${error.code}:${error.message}`);
      }
    }
  }
  expect(codes.filter((code) => code !== 'OK' && code !== 'CONFLICT:training.courseVersionConflict')).toEqual(
    [],
  );
  expect(codes).toContain('CONFLICT:training.courseVersionConflict');
  const numbers = await database.ownerDb
    .selectFrom('training_course_versions')
    .select('number')
    .where('tenant_id', '=', tenant.tenantId)
    .orderBy('number')
    .execute();
  expect(numbers.map((row) => row.number)).toEqual(numbers.map((_, index) => index + 1));
});
