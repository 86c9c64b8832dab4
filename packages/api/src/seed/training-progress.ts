import type { Executor } from '@qorgau/db';
import { type Course, drawQuiz, questionBankFor, scoreAttempt } from '@qorgau/training';
import { stableUuid } from './deterministic.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export type DemoStanding =
  | 'notStarted'
  | 'inProgress'
  | 'failedOnce'
  | 'passedQuiz'
  | 'passedAfterRetry'
  | 'session';

/** A realistic spread: a good third done online, some at the live session, some half-way. */
export function demoStanding(roll: number): DemoStanding {
  if (roll < 0.3) return 'passedQuiz';
  if (roll < 0.38) return 'passedAfterRetry';
  if (roll < 0.48) return 'session';
  if (roll < 0.58) return 'inProgress';
  if (roll < 0.63) return 'failedOnce';
  return 'notStarted';
}

export interface SeedLearner {
  orgKey: string;
  tenantId: string;
  assignmentId: string;
  versionId: string;
  course: Course;
  person: { id: string; language: 'kk' | 'ru' | 'en'; isManager: boolean };
  now: Date;
  random: () => number;
}

/** Answers that score about `share` of the drawn questions right. */
function answersScoring(
  course: Course,
  drawn: ReturnType<typeof drawQuiz>,
  share: number,
  random: () => number,
) {
  const byId = new Map(course.questionBank.map((question) => [question.id, question]));
  return Object.fromEntries(
    drawn.map((item) => {
      const correct = byId.get(item.id)?.correct ?? [];
      if (random() < share) return [item.id, [...correct]];
      return [item.id, [item.options.find((option) => !correct.includes(option)) ?? '']];
    }),
  );
}

async function insertSubmittedAttempt(
  tx: Executor,
  learner: SeedLearner,
  number: number,
  at: Date,
  share: number,
) {
  const { course, person } = learner;
  const id = stableUuid(`training-attempt:${learner.orgKey}:${person.id}:${number}`);
  const bank = questionBankFor(course, person.isManager ? 'managers' : 'everyone');
  const drawn = drawQuiz(bank, course.questionsPerAttempt, id);
  const answers = answersScoring(course, drawn, share, learner.random);
  const score = scoreAttempt(bank, drawn, answers, course.passMark);
  await tx
    .insertInto('training_attempts')
    .values({
      tenant_id: learner.tenantId,
      id,
      assignment_id: learner.assignmentId,
      person_id: person.id,
      cycle: 1,
      number,
      course_version_id: learner.versionId,
      language: person.language,
      seed: id,
      questions: JSON.stringify(drawn),
      started_at: new Date(at.getTime() - 20 * 60 * 1000),
      submitted_at: at,
      answers: JSON.stringify(answers),
      results: JSON.stringify(score.results.map(({ questionId, correct }) => ({ questionId, correct }))),
      correct_count: score.correctCount,
      question_count: drawn.length,
      score_percent: score.scorePercent,
      passed: score.passed,
    })
    .execute();
  return { id, score };
}

async function complete(
  tx: Executor,
  learner: SeedLearner,
  completion: { attemptId: string | null; sessionId: string | null; score: number | null; at: Date },
) {
  const id = stableUuid(`training-completion:${learner.orgKey}:${learner.person.id}`);
  await tx
    .insertInto('training_completions')
    .values({
      tenant_id: learner.tenantId,
      id,
      person_id: learner.person.id,
      course_version_id: learner.versionId,
      source: completion.attemptId ? 'quiz' : 'session',
      assignment_id: learner.assignmentId,
      cycle: 1,
      attempt_id: completion.attemptId,
      session_id: completion.sessionId,
      score_percent: completion.score,
      language: learner.person.language,
      completed_at: completion.at,
    })
    .execute();
  await tx
    .updateTable('training_enrolments')
    .set({ status: 'completed', completed_at: completion.at, completion_id: id })
    .where('tenant_id', '=', learner.tenantId)
    .where('assignment_id', '=', learner.assignmentId)
    .where('person_id', '=', learner.person.id)
    .execute();
  return id;
}

/**
 * One person's progress on the demo assignment, written as the app would have: modules read,
 * attempts scored against the frozen version, completions that close the cycle. Certificates are
 * not rendered for demo rows; people who pass in the app get theirs.
 */
export async function seedStanding(
  tx: Executor,
  learner: SeedLearner,
  standing: DemoStanding,
  session: { id: string; at: Date },
) {
  if (standing === 'notStarted') return;
  const { course, person, now } = learner;
  const modules = course.modules
    .filter((module) => module.audience === 'everyone' || person.isManager)
    .map((module) => module.id);
  const daysAgo = 2 + Math.floor(learner.random() * 30);
  const startedAt = new Date(now.getTime() - (daysAgo + 1) * DAY_MS);
  const done = standing === 'inProgress' ? modules.slice(0, 1 + Math.floor(learner.random() * 4)) : modules;
  await tx
    .updateTable('training_enrolments')
    .set({
      course_version_id: learner.versionId,
      started_at: standing === 'session' ? null : startedAt,
      modules_done: standing === 'session' ? [] : done,
      resume_module: standing === 'inProgress' ? (modules[done.length] ?? null) : null,
    })
    .where('tenant_id', '=', learner.tenantId)
    .where('assignment_id', '=', learner.assignmentId)
    .where('person_id', '=', person.id)
    .execute();
  const at = new Date(now.getTime() - daysAgo * DAY_MS);
  if (standing === 'session') {
    const completionId = await complete(tx, learner, {
      attemptId: null,
      sessionId: session.id,
      score: null,
      at: session.at,
    });
    await tx
      .insertInto('training_attendance')
      .values({
        tenant_id: learner.tenantId,
        session_id: session.id,
        person_id: person.id,
        source: 'manual',
        completion_id: completionId,
      })
      .execute();
    return;
  }
  if (standing === 'failedOnce' || standing === 'passedAfterRetry') {
    await insertSubmittedAttempt(tx, learner, 1, new Date(at.getTime() - DAY_MS), 0.5);
  }
  if (standing === 'passedQuiz' || standing === 'passedAfterRetry') {
    const number = standing === 'passedQuiz' ? 1 : 2;
    const attempt = await insertSubmittedAttempt(tx, learner, number, at, 1);
    await complete(tx, learner, {
      attemptId: attempt.id,
      sessionId: null,
      score: attempt.score.scorePercent,
      at,
    });
  }
}
