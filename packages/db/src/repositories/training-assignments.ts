import { type Audience, inAudience } from './audience.js';
import type { Executor } from './executor.js';
import { newestCycleOnly } from './training-cycles.js';

// Assignments and who they reach: enrolment of an audience, joiners and reopened refreshers.

export async function insertAssignment(
  db: Executor,
  assignment: {
    tenantId: string;
    courseKey: string;
    title: string;
    audience: Audience;
    dueDate: string;
    onboardingDays: number;
    refresherMonths: number | null;
    createdBy: string | null;
    createdAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_assignments')
    .values({
      tenant_id: assignment.tenantId,
      course_key: assignment.courseKey,
      title: assignment.title,
      audience: JSON.stringify(assignment.audience),
      due_date: assignment.dueDate,
      onboarding_days: assignment.onboardingDays,
      refresher_months: assignment.refresherMonths,
      created_by: assignment.createdBy,
      created_at: assignment.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const ASSIGNMENT_COLUMNS = [
  'id',
  'course_key as courseKey',
  'title',
  'audience',
  'due_date as dueDate',
  'onboarding_days as onboardingDays',
  'refresher_months as refresherMonths',
  'refresher_lead_days as refresherLeadDays',
  'created_at as createdAt',
  'closed_at as closedAt',
] as const;

export function findAssignment(db: Executor, id: string) {
  return db
    .selectFrom('training_assignments')
    .select(ASSIGNMENT_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listAssignments(db: Executor, options: { openOnly?: boolean } = {}) {
  let query = db.selectFrom('training_assignments').select(ASSIGNMENT_COLUMNS).orderBy('created_at', 'desc');
  if (options.openOnly) query = query.where('closed_at', 'is', null);
  return query.execute();
}

export async function closeAssignment(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('training_assignments')
    .set({ closed_at: now })
    .where('id', '=', id)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  await db
    .updateTable('training_enrolments')
    .set({ status: 'cancelled' })
    .where('assignment_id', '=', id)
    .where('status', '=', 'pending')
    .execute();
  return true;
}

/** Active people of the audience who have never been enrolled in this assignment. */
export function unenrolledPeople(db: Executor, assignmentId: string, audience: Audience, personId?: string) {
  let query = db
    .selectFrom('people')
    .select(['id', 'hired_on as hiredOn'])
    .where((eb) => inAudience(eb, audience))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('training_enrolments')
            .select('training_enrolments.person_id')
            .whereRef('training_enrolments.person_id', '=', 'people.id')
            .where('training_enrolments.assignment_id', '=', assignmentId),
        ),
      ),
    );
  if (personId) query = query.where('people.id', '=', personId);
  return query.execute();
}

export async function insertEnrolments(
  db: Executor,
  rows: { tenantId: string; assignmentId: string; personId: string; cycle: number; dueDate: string }[],
): Promise<number> {
  if (rows.length === 0) return 0;
  let inserted = 0;
  for (let start = 0; start < rows.length; start += 1000) {
    const result = await db
      .insertInto('training_enrolments')
      .values(
        rows.slice(start, start + 1000).map((row) => ({
          tenant_id: row.tenantId,
          assignment_id: row.assignmentId,
          person_id: row.personId,
          cycle: row.cycle,
          due_date: row.dueDate,
        })),
      )
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n);
  }
  return inserted;
}

/** The latest completed cycle of each person on open refresher assignments, with no later cycle yet. */
export function refresherCandidates(db: Executor, personId?: string) {
  let query = db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.assignment_id'),
    )
    .innerJoin('people', (join) =>
      join.onRef('people.tenant_id', '=', 'e.tenant_id').onRef('people.id', '=', 'e.person_id'),
    )
    .select([
      'e.assignment_id as assignmentId',
      'e.person_id as personId',
      'e.cycle',
      'e.completed_at as completedAt',
      'a.refresher_months as refresherMonths',
      'a.refresher_lead_days as leadDays',
    ])
    .where('e.status', '=', 'completed')
    .where('a.closed_at', 'is', null)
    .where('a.refresher_months', 'is not', null)
    .where('people.status', '=', 'active')
    .where(newestCycleOnly);
  if (personId) query = query.where('e.person_id', '=', personId);
  return query.execute();
}
