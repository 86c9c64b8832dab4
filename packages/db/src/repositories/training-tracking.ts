import { sql } from 'kysely';
import type { Executor } from './executor.js';
import { newestCycleOnly } from './training-cycles.js';

// HR's view: who stands where, per unit, which questions fail; in-person sessions; reminders.

export interface TrackingFilter {
  assignmentId?: string | undefined;
  unitId?: string | undefined;
  status?: 'pending' | 'completed' | 'overdue' | undefined;
  /** Part of the name, any case. */
  search?: string | undefined;
  today: string;
  /** One page of rows (HR's screen); the export reads them all. */
  page?: { limit: number; offset: number } | undefined;
}

/** Each person's current cycle of each assignment, with attempts, best score and certificate. */
export function trackingRows(db: Executor, filter: TrackingFilter) {
  let query = db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.assignment_id'),
    )
    .innerJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'e.tenant_id').onRef('p.id', '=', 'e.person_id'),
    )
    .leftJoin('units as u', (join) =>
      join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'),
    )
    .leftJoin('training_completions as c', (join) =>
      join.onRef('c.tenant_id', '=', 'e.tenant_id').onRef('c.id', '=', 'e.completion_id'),
    )
    .leftJoin('documents as d', (join) =>
      join.onRef('d.tenant_id', '=', 'c.tenant_id').onRef('d.id', '=', 'c.certificate_document_id'),
    )
    .leftJoin('training_course_versions as v', (join) =>
      join.onRef('v.tenant_id', '=', 'e.tenant_id').onRef('v.id', '=', 'e.course_version_id'),
    )
    .select([
      'e.assignment_id as assignmentId',
      'a.title as assignmentTitle',
      'e.person_id as personId',
      'p.full_name as fullName',
      'p.number',
      'p.is_manager as isManager',
      'u.id as unitId',
      'u.name as unitName',
      'e.cycle',
      'e.status',
      'e.due_date as dueDate',
      'e.started_at as startedAt',
      'e.completed_at as completedAt',
      'e.modules_done as modulesDone',
      'c.source as completionSource',
      'c.score_percent as completionScore',
      'd.id as certificateDocumentId',
      'd.public_id as certificatePublicId',
      'e.extra_attempts as extraAttempts',
      // Before the person starts, the limit is the one of the version they would start on.
      sql<
        number | null
      >`coalesce((v.content->>'maxAttempts')::int, (select (latest.content->>'maxAttempts')::int
        from training_course_versions latest where latest.course_key = a.course_key
        order by latest.number desc limit 1))`.as('maxAttempts'),
      sql<number>`(count(*) over ())::int`.as('total'),
      (eb) =>
        eb
          .selectFrom('training_attempts as t')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('t.assignment_id', '=', 'e.assignment_id')
          .whereRef('t.person_id', '=', 'e.person_id')
          .whereRef('t.cycle', '=', 'e.cycle')
          .where('t.submitted_at', 'is not', null)
          .as('attempts'),
      (eb) =>
        eb
          .selectFrom('training_attempts as t')
          .select(sql<number | null>`max(t.score_percent)`.as('best'))
          .whereRef('t.assignment_id', '=', 'e.assignment_id')
          .whereRef('t.person_id', '=', 'e.person_id')
          .whereRef('t.cycle', '=', 'e.cycle')
          .as('bestScore'),
    ])
    .where('e.status', '<>', 'cancelled')
    .where(newestCycleOnly)
    .orderBy('u.name')
    .orderBy('p.full_name')
    .orderBy('e.person_id')
    .orderBy('e.assignment_id');
  if (filter.page) query = query.limit(filter.page.limit).offset(filter.page.offset);
  if (filter.assignmentId) query = query.where('e.assignment_id', '=', filter.assignmentId);
  if (filter.unitId) query = query.where('p.unit_id', '=', filter.unitId);
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    query = query.where(sql<boolean>`app_search_fold(p.full_name) like app_search_fold(${pattern})`);
  }
  if (filter.status === 'completed') query = query.where('e.status', '=', 'completed');
  if (filter.status === 'pending') query = query.where('e.status', '=', 'pending');
  if (filter.status === 'overdue')
    query = query.where('e.status', '=', 'pending').where('e.due_date', '<', filter.today);
  return query.execute();
}

/** Per unit: assigned, completed, overdue (current cycles only). */
export async function unitSummary(db: Executor, assignmentId: string | undefined, today: string) {
  const result = await sql<{
    unitId: string | null;
    unitName: string | null;
    assigned: number;
    completed: number;
    overdue: number;
  }>`
    select u.id as "unitId", u.name as "unitName", count(*)::int as assigned,
      count(*) filter (where e.status = 'completed')::int as completed,
      count(*) filter (where e.status = 'pending' and e.due_date < ${today}::date)::int as overdue
    from training_enrolments e
    join people p on p.tenant_id = e.tenant_id and p.id = e.person_id
    left join units u on u.tenant_id = p.tenant_id and u.id = p.unit_id
    where e.status <> 'cancelled'
      and (${assignmentId ?? null}::uuid is null or e.assignment_id = ${assignmentId ?? null}::uuid)
      and ${newestCycleOnly}
    group by u.id, u.name
    order by u.name nulls last`.execute(db);
  return result.rows;
}

/** How often each question was answered, and wrongly, over every submitted attempt. */
export async function questionStatistics(db: Executor, assignmentId: string | undefined) {
  const result = await sql<{ questionId: string; answered: number; failed: number }>`
    select r->>'questionId' as "questionId", count(*)::int as answered,
      count(*) filter (where (r->>'correct')::boolean is not true)::int as failed
    from training_attempts t, jsonb_array_elements(t.results) r
    where t.submitted_at is not null
      and (${assignmentId ?? null}::uuid is null or t.assignment_id = ${assignmentId ?? null}::uuid)
    group by 1
    order by failed desc, answered desc, 1`.execute(db);
  return result.rows;
}

export async function attemptSummary(db: Executor, assignmentId: string | undefined) {
  const result = await sql<{ attempts: number; passed: number; averageScore: number | null }>`
    select count(*)::int as attempts, count(*) filter (where passed)::int as passed,
      round(avg(score_percent))::int as "averageScore"
    from training_attempts
    where submitted_at is not null
      and (${assignmentId ?? null}::uuid is null or assignment_id = ${assignmentId ?? null}::uuid)`.execute(
    db,
  );
  return result.rows[0] ?? { attempts: 0, passed: 0, averageScore: null };
}

// Reminders.

export async function tenantsWithOpenTrainings(db: Executor): Promise<string[]> {
  const result = await sql<{ id: string }>`select app_tenants_with_open_trainings() as id`.execute(db);
  return result.rows.map((row) => row.id);
}

export function pendingForReminders(db: Executor) {
  return db
    .selectFrom('training_enrolments as e')
    .innerJoin('training_assignments as a', (join) =>
      join.onRef('a.tenant_id', '=', 'e.tenant_id').onRef('a.id', '=', 'e.assignment_id'),
    )
    .innerJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'e.tenant_id').onRef('p.id', '=', 'e.person_id'),
    )
    .leftJoin('units as u', (join) =>
      join.onRef('u.tenant_id', '=', 'p.tenant_id').onRef('u.id', '=', 'p.unit_id'),
    )
    .select([
      'e.assignment_id as assignmentId',
      'e.person_id as personId',
      'e.cycle',
      'e.due_date as dueDate',
      'e.reminders_sent as remindersSent',
      'e.escalated_at as escalatedAt',
      'a.title',
      'a.reminder_days_before as daysBefore',
      'a.remind_on_due as remindOnDue',
      'a.reminder_every_days as everyDays',
      'a.escalate_after as escalateAfter',
      'p.full_name as fullName',
      'p.email',
      'p.language',
      'u.name as unitName',
    ])
    .where('e.status', '=', 'pending')
    .where('a.closed_at', 'is', null)
    .where('p.status', '=', 'active')
    .execute();
}

export async function claimReminderSlot(
  db: Executor,
  slot: { tenantId: string; assignmentId: string; personId: string; cycle: number; slot: string },
): Promise<boolean> {
  const row = await db
    .insertInto('training_reminders')
    .values({
      tenant_id: slot.tenantId,
      assignment_id: slot.assignmentId,
      person_id: slot.personId,
      cycle: slot.cycle,
      slot: slot.slot,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('slot')
    .executeTakeFirst();
  return Boolean(row);
}

export async function countReminder(
  db: Executor,
  key: { assignmentId: string; personId: string; cycle: number },
  escalated: boolean,
) {
  await db
    .updateTable('training_enrolments')
    .set((eb) =>
      escalated
        ? { escalated_at: new Date() }
        : { reminders_sent: eb('reminders_sent', '+', 1), last_reminded_at: new Date() },
    )
    .where('assignment_id', '=', key.assignmentId)
    .where('person_id', '=', key.personId)
    .where('cycle', '=', key.cycle)
    .execute();
}
