import type { Executor } from './executor.js';
import type { EnrolmentKey } from './training-learning.js';

// Quiz attempts and completions: the evidence of a learner's training.

export function attemptsOf(db: Executor, key: EnrolmentKey) {
  return db
    .selectFrom('training_attempts')
    .select([
      'id',
      'number',
      'course_version_id as courseVersionId',
      'language',
      'seed',
      'questions',
      'started_at as startedAt',
      'submitted_at as submittedAt',
      'score_percent as scorePercent',
      'passed',
    ])
    .where('assignment_id', '=', key.assignmentId)
    .where('person_id', '=', key.personId)
    .where('cycle', '=', key.cycle)
    .orderBy('number')
    .execute();
}

export async function insertAttempt(
  db: Executor,
  attempt: EnrolmentKey & {
    tenantId: string;
    number: number;
    courseVersionId: string;
    language: 'kk' | 'ru' | 'en';
    seed: string;
    questions: unknown;
    questionCount: number;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_attempts')
    .values({
      tenant_id: attempt.tenantId,
      assignment_id: attempt.assignmentId,
      person_id: attempt.personId,
      cycle: attempt.cycle,
      number: attempt.number,
      course_version_id: attempt.courseVersionId,
      language: attempt.language,
      seed: attempt.seed,
      questions: JSON.stringify(attempt.questions),
      question_count: attempt.questionCount,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCompletion(
  db: Executor,
  completion: {
    tenantId: string;
    personId: string;
    courseVersionId: string;
    source: 'quiz' | 'session';
    assignmentId: string | null;
    cycle: number | null;
    attemptId: string | null;
    sessionId: string | null;
    scorePercent: number | null;
    language: 'kk' | 'ru' | 'en';
    completedAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_completions')
    .values({
      tenant_id: completion.tenantId,
      person_id: completion.personId,
      course_version_id: completion.courseVersionId,
      source: completion.source,
      assignment_id: completion.assignmentId,
      cycle: completion.cycle,
      attempt_id: completion.attemptId,
      session_id: completion.sessionId,
      score_percent: completion.scorePercent,
      language: completion.language,
      completed_at: completion.completedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findCompletion(db: Executor, id: string) {
  return db
    .selectFrom('training_completions as c')
    .innerJoin('training_course_versions as v', (join) =>
      join.onRef('v.tenant_id', '=', 'c.tenant_id').onRef('v.id', '=', 'c.course_version_id'),
    )
    .leftJoin('training_sessions as s', (join) =>
      join.onRef('s.tenant_id', '=', 'c.tenant_id').onRef('s.id', '=', 'c.session_id'),
    )
    .select([
      'c.id',
      'c.person_id as personId',
      'c.source',
      'c.score_percent as scorePercent',
      'c.language',
      'c.completed_at as completedAt',
      'c.certificate_document_id as certificateDocumentId',
      'v.content',
      'v.number as versionNumber',
      's.format as sessionFormat',
      's.hours as sessionHours',
      's.trainer',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function setCertificate(db: Executor, completionId: string, documentId: string) {
  await db
    .updateTable('training_completions')
    .set({ certificate_document_id: documentId })
    .where('id', '=', completionId)
    .where('certificate_document_id', 'is', null)
    .execute();
}

export function certificateOf(db: Executor, completionId: string) {
  return db
    .selectFrom('training_completions as c')
    .innerJoin('documents as d', (join) =>
      join.onRef('d.tenant_id', '=', 'c.tenant_id').onRef('d.id', '=', 'c.certificate_document_id'),
    )
    .select(['d.id as documentId', 'd.public_id as publicId'])
    .where('c.id', '=', completionId)
    .executeTakeFirst();
}
