import { sql } from 'kysely';
import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';
import { answersFor, linkPerson, modelCourse, removeTrainingFixture } from '../support/training-flow.js';

let database: TestDatabase;
let tenant: TenantFixture;
let hr: TestClient;
let member: TestClient;
let assignmentId = '';
const course = modelCourse();
/** Every serialized response the learner received before submitting anything. */
const beforeSubmission: string[] = [];

async function learner() {
  const caller = await member.caller();
  const record = <T>(value: T): T => {
    beforeSubmission.push(JSON.stringify(value));
    return value;
  };
  return { caller, record };
}

async function errorOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeTrainingFixture(database.ownerDb, tenant.tenantId);
  await linkPerson(database.ownerDb, tenant.personIds[0] ?? '', tenant.users.member.id);
  const deps = testDeps(database.appDb);
  hr = await signedInTestClient(deps, tenant.users.hr_officer.email);
  member = await signedInTestClient(deps, tenant.users.member.email);
  const created = await (await hr.caller()).training.createAssignment({
    title: 'Курс 2026',
    audience: {},
    dueDate: '2099-12-31',
    refresher: true,
  });
  assignmentId = created.id;
  expect(created.enrolled).toBe(3);
});
afterAll(() => database.drop());

describe('a staff member takes the course', () => {
  test('modules first: the quiz stays locked until every module is done, progress resumes', async () => {
    const { caller, record } = await learner();
    const overview = record(await caller.myTraining.overview());
    expect(overview).toMatchObject({
      assignmentId,
      status: 'not_started',
      dueDate: '2099-12-31',
      pendingStart: null,
    });
    const everyone = course.modules.filter((module) => module.audience === 'everyone');
    expect(overview?.modules.map((module) => module.id)).toEqual(everyone.map((module) => module.id));
    expect(await errorOf(caller.myTraining.startAttempt({ assignmentId, language: 'ru' }))).toBe(
      'training.modulesNotDone',
    );
    const first = everyone[0]?.id ?? '';
    record(await caller.myTraining.module({ assignmentId, moduleId: first, language: 'ru' }));
    const step = record(await caller.myTraining.completeModule({ assignmentId, moduleId: first }));
    expect(step.resumeModuleId).toBe(everyone[1]?.id);
    expect((await caller.myTraining.overview())?.status).toBe('in_progress');
    expect(
      await trpcCode(
        caller.myTraining.module({ assignmentId, moduleId: 'managers-duty-to-act', language: 'ru' }),
      ),
    ).toBe('NOT_FOUND');
    for (const module of everyone.slice(1)) {
      record(await caller.myTraining.module({ assignmentId, moduleId: module.id, language: 'kk' }));
      record(await caller.myTraining.completeModule({ assignmentId, moduleId: module.id }));
    }
    expect(record(await caller.myTraining.overview())?.quiz).toMatchObject({
      unlocked: true,
      attemptsLeft: 3,
    });
  });

  test('a started attempt resumes with the same questions in the same order', async () => {
    const { caller, record } = await learner();
    const first = record(await caller.myTraining.startAttempt({ assignmentId, language: 'ru' }));
    const again = record(await caller.myTraining.startAttempt({ assignmentId, language: 'ru' }));
    expect(again.attemptId).toBe(first.attemptId);
    expect(again.resumed).toBe(true);
    expect(again.questions).toEqual(first.questions);
    expect(first.questions).toHaveLength(course.questionsPerAttempt);
    const managersOnly = new Set(
      course.modules.filter((module) => module.audience === 'managers').map((module) => module.id),
    );
    expect(first.questions.some((question) => managersOnly.has(question.moduleId))).toBe(false);
  });

  test('no response before submission reveals which options are correct', () => {
    expect(beforeSubmission.length).toBeGreaterThan(10);
    const explanations = course.questionBank.flatMap((question) => Object.values(question.explanation));
    for (const json of beforeSubmission) {
      expect(json).not.toMatch(/"correct(OptionIds)?"\s*:/);
      expect(json).not.toMatch(/"explanation"\s*:/);
      for (const text of explanations) expect(json.includes(JSON.stringify(text).slice(1, -1))).toBe(false);
    }
    // Each shown question lists all its options, so none is singled out.
    const started = beforeSubmission.map((json) => JSON.parse(json)).find((value) => value.attemptId);
    for (const shown of started.questions as { id: string; options: { id: string }[] }[]) {
      const source = course.questionBank.find((question) => question.id === shown.id);
      expect(shown.options.map((option) => option.id).sort()).toEqual(
        source?.options.map((option) => option.id).sort(),
      );
    }
  });

  test('scoring is server-side: a failed attempt shows the answers only now, and counts', async () => {
    const { caller } = await learner();
    const attempt = await caller.myTraining.startAttempt({ assignmentId, language: 'ru' });
    const outcome = await caller.myTraining.submitAttempt({
      attemptId: attempt.attemptId,
      answers: answersFor(course, attempt.questions, 3),
    });
    expect(outcome).toMatchObject({
      correctCount: 7,
      total: 10,
      scorePercent: 70,
      passed: false,
      attemptsLeft: 2,
    });
    const wrong = outcome.results.filter((result) => !result.correct);
    expect(wrong).toHaveLength(3);
    expect(wrong[0]?.correctOptionIds.length).toBeGreaterThan(0);
    expect(wrong[0]?.explanation.length).toBeGreaterThan(0);
    expect(
      await errorOf(caller.myTraining.submitAttempt({ attemptId: attempt.attemptId, answers: [] })),
    ).toBe('training.attemptSubmitted');
  });

  test('a submitted attempt is frozen in the database, even for the owner', async () => {
    const row = await database.ownerDb
      .selectFrom('training_attempts')
      .select('id')
      .where('tenant_id', '=', tenant.tenantId)
      .where('submitted_at', 'is not', null)
      .executeTakeFirstOrThrow();
    await expect(
      database.ownerDb
        .updateTable('training_attempts')
        .set({ passed: true })
        .where('id', '=', row.id)
        .execute(),
    ).rejects.toThrow(/frozen/);
    await expect(
      sql`delete from training_attempts where id = ${row.id}`.execute(database.ownerDb),
    ).rejects.toThrow(/never deleted/);
  });

  test('another learner of the organisation cannot submit someone’s attempt', async () => {
    await linkPerson(database.ownerDb, tenant.personIds[1] ?? '', tenant.users.board_secretary.id);
    const colleague = await signedInTestClient(testDeps(database.appDb), tenant.users.board_secretary.email);
    const { caller } = await learner();
    const attempt = await caller.myTraining.startAttempt({ assignmentId, language: 'kk' });
    const answers = answersFor(course, attempt.questions, 0);
    expect(
      await trpcCode(
        (await colleague.caller()).myTraining.submitAttempt({ attemptId: attempt.attemptId, answers }),
      ),
    ).toBe('NOT_FOUND');
    const row = await database.ownerDb
      .selectFrom('training_attempts')
      .select('submitted_at')
      .where('id', '=', attempt.attemptId)
      .executeTakeFirstOrThrow();
    expect(row.submitted_at).toBeNull();
  });

  test('attempts are limited; HR can grant one more', async () => {
    const { caller } = await learner();
    for (let round = 0; round < 2; round += 1) {
      const attempt = await caller.myTraining.startAttempt({ assignmentId, language: 'kk' });
      await caller.myTraining.submitAttempt({ attemptId: attempt.attemptId, answers: [] });
    }
    expect(await errorOf(caller.myTraining.startAttempt({ assignmentId, language: 'kk' }))).toBe(
      'training.attemptsExhausted',
    );
    const trackedRow = async () =>
      (await (await hr.caller()).training.tracking({ assignmentId })).rows.find(
        (row) => row.personId === tenant.personIds[0],
      );
    expect(await trackedRow()).toMatchObject({ status: 'pending', attempts: 3, attemptsLeft: 0 });
    const granted = await (await hr.caller()).training.grantAttempt({
      assignmentId,
      personId: tenant.personIds[0] ?? '',
    });
    expect(granted.extraAttempts).toBe(1);
    expect((await caller.myTraining.overview())?.quiz).toMatchObject({ attemptsUsed: 3, attemptsLeft: 1 });
    expect(await trackedRow()).toMatchObject({ attempts: 3, attemptsLeft: 1 });
  });

  test('passing records a completion on the course version taken, once however often it is sent', async () => {
    const { caller } = await learner();
    const attempt = await caller.myTraining.startAttempt({ assignmentId, language: 'en' });
    const input = { attemptId: attempt.attemptId, answers: answersFor(course, attempt.questions, 2) };
    const sent = await Promise.allSettled(
      Array.from({ length: 8 }, () => caller.myTraining.submitAttempt(input)),
    );
    const accepted = sent.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    const refused = sent.flatMap((result) =>
      result.status === 'rejected' ? [(result.reason as Error).message] : [],
    );
    expect(accepted).toHaveLength(1);
    expect(refused).toEqual(Array(7).fill('training.attemptSubmitted'));
    const audited = await database.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', attempt.attemptId)
      .execute();
    expect(audited).toEqual([{ action: 'training.quizPassed' }]);
    const outcome = accepted[0];
    if (!outcome) throw new Error('no submission accepted');
    expect(outcome).toMatchObject({ scorePercent: 80, passed: true, attemptsLeft: 0 });
    const overview = await caller.myTraining.overview();
    expect(overview).toMatchObject({ status: 'passed', quiz: { passed: true } });
    const completion = await database.ownerDb
      .selectFrom('training_completions')
      .innerJoin(
        'training_course_versions',
        'training_course_versions.id',
        'training_completions.course_version_id',
      )
      .select(['training_completions.source', 'training_course_versions.model_version', 'score_percent'])
      .where('training_completions.id', '=', outcome.completionId ?? '')
      .executeTakeFirstOrThrow();
    expect(completion).toEqual({ source: 'quiz', model_version: course.version, score_percent: 80 });
    expect(await errorOf(caller.myTraining.startAttempt({ assignmentId, language: 'en' }))).toBe(
      'training.alreadyPassed',
    );
  });

  test('HR tracks completion per person and unit, and sees the most failed questions', async () => {
    const caller = await hr.caller();
    const { rows, total } = await caller.training.tracking({ assignmentId });
    expect(rows).toHaveLength(3);
    expect(total).toBe(3);
    expect(rows.find((row) => row.personId === tenant.personIds[0])).toMatchObject({
      status: 'completed',
      attempts: 4,
      bestScore: 80,
      creditedBy: 'quiz',
    });
    expect((await caller.training.tracking({ assignmentId, status: 'completed' })).rows).toHaveLength(1);
    expect(await caller.training.unitSummary({ assignmentId })).toEqual([
      {
        unitId: tenant.unitId,
        unitName: expect.any(String),
        assigned: 3,
        completed: 1,
        overdue: 0,
        completionRate: 1 / 3,
      },
    ]);
    const stats = await caller.training.quizStats({ assignmentId, language: 'ru' });
    expect(stats).toMatchObject({ attempts: 4, passed: 1 });
    const top = stats.questions[0];
    expect(top?.failed).toBeGreaterThanOrEqual(stats.questions.at(-1)?.failed ?? 0);
    expect(top?.prompt).toMatch(/[а-яА-Я]/);
  });
});

describe('managers', () => {
  test('a person marked as manager gets the managers’ module', async () => {
    await (await hr.caller()).training.setManager({ personId: tenant.personIds[1] ?? '', isManager: true });
    await linkPerson(database.ownerDb, tenant.personIds[1] ?? '', tenant.users.board_secretary.id);
    const secretary = await signedInTestClient(testDeps(database.appDb), tenant.users.board_secretary.email);
    const overview = await (await secretary.caller()).myTraining.overview();
    expect(overview?.isManager).toBe(true);
    expect(overview?.modules.map((module) => module.id)).toContain('managers-duty-to-act');
  });
});

describe('live sessions', () => {
  test('project staff record a programme session at a partner; attendees are credited there', async () => {
    const programme = await createProgramme(database.ownerDb);
    const staff = await signedInTestClient(testDeps(database.appDb), programme.staff.email);
    const outcome = await (await staff.caller()).trainingSessions.recordForPartner({
      organizationId: tenant.tenantId,
      session: { heldOn: '2026-11-26', format: 'online', trainer: 'Программа Qorgau', language: 'ru' },
      list: 'N2\nN9',
    });
    expect(outcome).toMatchObject({ recorded: 1, unmatched: [{ line: 2, text: 'N9' }] });
    const sessions = await (await hr.caller()).trainingSessions.list();
    expect(sessions.map((session) => session.id)).toContain(outcome.sessionId);
    const row = (await (await hr.caller()).training.tracking({ assignmentId })).rows.find(
      (candidate) => candidate.personId === tenant.personIds[2],
    );
    expect(row).toMatchObject({ status: 'completed', creditedBy: 'session' });
    const audits = await database.ownerDb
      .selectFrom('audit_log')
      .select('tenant_id')
      .where('target_id', '=', outcome.sessionId)
      .execute();
    expect(new Set(audits.map((audit) => audit.tenant_id))).toEqual(
      new Set([tenant.tenantId, programme.tenantId]),
    );
  });
});
