import { sql } from 'kysely';
import type { Executor } from './executor.js';

// A learner's side: their enrolments, progress, attempts and completions.

/** A person with what the course needs of them: unit, manager flag, language and start date. */
function learners(db: Executor) {
  return db
    .selectFrom('people')
    .leftJoin('units', (join) =>
      join.onRef('units.tenant_id', '=', 'people.tenant_id').onRef('units.id', '=', 'people.unit_id'),
    )
    .select([
      'people.id',
      'people.full_name as fullName',
      'people.position',
      'units.name as unitName',
      'people.is_manager as isManager',
      'people.language',
      'people.hired_on as hiredOn',
      'people.status',
    ]);
}

export function learnerByUser(db: Executor, userId: string) {
  return learners(db).where('people.user_id', '=', userId).executeTakeFirst();
}

export function learnerById(db: Executor, personId: string) {
  return learners(db).where('people.id', '=', personId).executeTakeFirst();
}

const ENROLMENT_COLUMNS = [
  'e.assignment_id as assignmentId',
  'e.person_id as personId',
  'e.cycle',
  'e.due_date as dueDate',
  'e.status',
  'e.course_version_id as courseVersionId',
  'e.modules_done as modulesDone',
  'e.resume_module as resumeModule',
  'e.started_at as startedAt',
  'e.completed_at as completedAt',
  'e.completion_id as completionId',
  'e.extra_attempts as extraAttempts',
  'a.title',
  'a.course_key as courseKey',
] as const;

/** The person's enrolments, open ones first, then the most recent. */
export function enrolmentsOfPerson(db: Executor, personId: string) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.assignment_id'),
    )
    .select(ENROLMENT_COLUMNS)
    .where('e.person_id', '=', personId)
    .where('e.status', '<>', 'cancelled')
    .orderBy(sql`e.status = 'pending'`, 'desc')
    .orderBy('e.created_at', 'desc')
    .execute();
}

export function findEnrolment(
  db: Executor,
  key: { assignmentId: string; personId: string; cycle?: number },
  options: { lock?: boolean } = {},
) {
  let query = db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.assignment_id'),
    )
    .select(ENROLMENT_COLUMNS)
    .where('e.assignment_id', '=', key.assignmentId)
    .where('e.person_id', '=', key.personId)
    .orderBy('e.cycle', 'desc')
    .limit(1);
  if (key.cycle !== undefined) query = query.where('e.cycle', '=', key.cycle);
  if (options.lock) query = query.forUpdate('e');
  return query.executeTakeFirst();
}

export type EnrolmentKey = { assignmentId: string; personId: string; cycle: number };

export async function updateProgress(
  db: Executor,
  key: EnrolmentKey,
  progress: {
    courseVersionId?: string;
    modulesDone?: string[];
    resumeModule?: string | null;
    startedAt?: Date;
    extraAttempts?: number;
  },
) {
  await db
    .updateTable('training_enrolments')
    .set({
      ...(progress.courseVersionId ? { course_version_id: progress.courseVersionId } : {}),
      ...(progress.modulesDone ? { modules_done: progress.modulesDone } : {}),
      ...(progress.resumeModule !== undefined ? { resume_module: progress.resumeModule } : {}),
      ...(progress.startedAt ? { started_at: progress.startedAt } : {}),
      ...(progress.extraAttempts !== undefined ? { extra_attempts: progress.extraAttempts } : {}),
    })
    .where('assignment_id', '=', key.assignmentId)
    .where('person_id', '=', key.personId)
    .where('cycle', '=', key.cycle)
    .execute();
}

export async function completeEnrolment(
  db: Executor,
  key: EnrolmentKey,
  completion: { completionId: string; completedAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('training_enrolments')
    .set({
      status: 'completed',
      completed_at: completion.completedAt,
      completion_id: completion.completionId,
    })
    .where('assignment_id', '=', key.assignmentId)
    .where('person_id', '=', key.personId)
    .where('cycle', '=', key.cycle)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function setManager(db: Executor, personId: string, isManager: boolean): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ is_manager: isManager })
    .where('id', '=', personId)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
