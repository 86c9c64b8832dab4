import { sql } from 'kysely';
import type { InlineJob } from '../queues.js';
import type { AuditEntry } from './audit.js';
import type { Executor } from './executor.js';
import { auditInsertPer, jobInsertPer } from './statement-parts.js';
import type { EnrolmentKey } from './training-learning.js';

type Language = 'kk' | 'ru' | 'en';

/** What scoring a submission needs, read and locked at once; see `findSubmissionContext`. */
export interface SubmissionContext {
  learner: { id: string; isManager: boolean };
  /** The attempt, locked; null when it does not exist or is someone else's. */
  attempt: {
    id: string;
    assignmentId: string;
    cycle: number;
    number: number;
    courseVersionId: string;
    language: Language;
    questions: unknown;
    submittedAt: Date | null;
  } | null;
  /** The learner's latest cycle of the attempt's assignment, locked. */
  enrolment: { cycle: number; status: string; extraAttempts: number } | null;
}

interface ContextRow {
  person_id: string;
  is_manager: boolean;
  attempt_id: string | null;
  assignment_id: string | null;
  attempt_cycle: number | null;
  attempt_number: number | null;
  course_version_id: string | null;
  language: Language | null;
  questions: unknown;
  submitted_at: Date | null;
  enrolment_cycle: number | null;
  enrolment_status: string | null;
  extra_attempts: number | null;
}

/**
 * The signed-in user's directory entry, the attempt when it is theirs, and their enrolment it
 * belongs to, in one statement. Attempt and enrolment are locked until commit, as the attempt is
 * frozen and the enrolment may be completed by this transaction: a second submission of the same
 * attempt waits here, then finds it submitted. Undefined without a directory entry.
 */
export async function findSubmissionContext(
  db: Executor,
  input: { userId: string; attemptId: string },
): Promise<SubmissionContext | undefined> {
  const { rows } = await sql<ContextRow>`/* prepared:quiz-submission-context */
    select p.id as person_id, p.is_manager, t.id as attempt_id, t.assignment_id, t.cycle as attempt_cycle,
      t.number as attempt_number, t.course_version_id, t.language, t.questions, t.submitted_at,
      e.cycle as enrolment_cycle, e.status as enrolment_status, e.extra_attempts
    from people p
    left join lateral (
      select t.id, t.assignment_id, t.cycle, t.number, t.course_version_id, t.language, t.questions,
        t.submitted_at
      from training_attempts t
      where t.id = ${input.attemptId}::uuid and t.person_id = p.id
      for update
    ) t on true
    left join lateral (
      select e.cycle, e.status, e.extra_attempts
      from training_enrolments e
      join training_assignments a on a.tenant_id = e.tenant_id and a.id = e.assignment_id
      where e.assignment_id = t.assignment_id and e.person_id = p.id
      order by e.cycle desc
      limit 1
      for update of e
    ) e on true
    where p.user_id = ${input.userId}::uuid
    limit 1`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const attempt =
    row.attempt_id && row.assignment_id && row.course_version_id && row.language
      ? {
          id: row.attempt_id,
          assignmentId: row.assignment_id,
          cycle: row.attempt_cycle ?? 0,
          number: row.attempt_number ?? 0,
          courseVersionId: row.course_version_id,
          language: row.language,
          questions: row.questions,
          submittedAt: row.submitted_at,
        }
      : null;
  const enrolment =
    row.enrolment_cycle !== null && row.enrolment_status !== null
      ? { cycle: row.enrolment_cycle, status: row.enrolment_status, extraAttempts: row.extra_attempts ?? 0 }
      : null;
  return { learner: { id: row.person_id, isManager: row.is_manager }, attempt, enrolment };
}

/** What a scored attempt writes; `completion` when it passes the learner's open enrolment. */
export interface QuizSubmission {
  attemptId: string;
  submittedAt: Date;
  outcome: {
    answers: unknown;
    results: unknown;
    correctCount: number;
    scorePercent: number;
    passed: boolean;
  };
  completion: {
    id: string;
    tenantId: string;
    key: EnrolmentKey;
    courseVersionId: string;
    scorePercent: number;
    language: Language;
    completedAt: Date;
    /** The certificate's render job, written with the completion; null without a queue. */
    certificate: InlineJob | null;
  } | null;
  audit: AuditEntry;
}

/**
 * Freezes the attempt with its score and appends the audit entry and, for a pass, records the
 * completion, closes the enrolment with it and queues the certificate: one statement, so one round
 * trip, on a path the whole staff takes within the same weeks. It is the transaction's last: the
 * audit chain's lock and the enrolment roll-ups it takes are held only until commit. An attempt
 * already submitted is left as it was, and nothing is written.
 */
export async function recordSubmission(db: Executor, submission: QuizSubmission): Promise<void> {
  const { outcome, completion } = submission;
  const key = completion?.key;
  await sql`/* prepared:quiz-submission */
    with submitted as (
      update training_attempts
      set submitted_at = ${submission.submittedAt}::timestamptz, answers = ${JSON.stringify(outcome.answers)}::jsonb,
        results = ${JSON.stringify(outcome.results)}::jsonb, correct_count = ${outcome.correctCount}::int,
        score_percent = ${outcome.scorePercent}::int, passed = ${outcome.passed}::boolean
      where id = ${submission.attemptId}::uuid and submitted_at is null
      returning id
    ), completed as (
      insert into training_completions (id, tenant_id, person_id, course_version_id, source,
        assignment_id, cycle, attempt_id, score_percent, language, completed_at)
      select ${completion?.id ?? null}::uuid, ${completion?.tenantId ?? null}::uuid, ${key?.personId ?? null}::uuid,
        ${completion?.courseVersionId ?? null}::uuid, 'quiz', ${key?.assignmentId ?? null}::uuid,
        ${key?.cycle ?? null}::int, s.id, ${completion?.scorePercent ?? null}::int,
        ${completion?.language ?? null}::text, ${completion?.completedAt ?? null}::timestamptz
      from submitted s
      where ${completion !== null}::boolean
      returning id
    ), closed as (
      update training_enrolments
      set status = 'completed', completed_at = ${completion?.completedAt ?? null}::timestamptz,
        completion_id = ${completion?.id ?? null}::uuid
      where assignment_id = ${key?.assignmentId ?? null}::uuid and person_id = ${key?.personId ?? null}::uuid
        and cycle = ${key?.cycle ?? null}::int and status = 'pending' and exists (select 1 from completed)
    ), queued as (
      ${jobInsertPer('completed', completion?.certificate ?? null)}
    )
    ${auditInsertPer('submitted', submission.audit)}`.execute(db);
}
