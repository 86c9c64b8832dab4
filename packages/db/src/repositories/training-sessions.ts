import { sql } from 'kysely';
import type { Executor } from './executor.js';

// Live sessions and their attendance lists.

export async function insertSession(
  db: Executor,
  session: {
    tenantId: string;
    heldOn: string;
    format: 'in_person' | 'online';
    trainer: string;
    place: string | null;
    topic: string | null;
    hours: number;
    language: 'kk' | 'ru' | 'en';
    courseVersionId: string;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('training_sessions')
    .values({
      tenant_id: session.tenantId,
      held_on: session.heldOn,
      format: session.format,
      trainer: session.trainer,
      place: session.place,
      topic: session.topic,
      hours: session.hours,
      language: session.language,
      course_version_id: session.courseVersionId,
      created_by: session.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const SESSION_COLUMNS = [
  's.id',
  's.held_on as heldOn',
  's.format',
  's.trainer',
  's.place',
  's.topic',
  's.hours',
  's.language',
  's.course_version_id as courseVersionId',
  's.created_at as createdAt',
] as const;

export function listSessions(db: Executor) {
  return db
    .selectFrom('training_sessions as s')
    .select([
      ...SESSION_COLUMNS,
      (eb) =>
        eb
          .selectFrom('training_attendance as a')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('a.session_id', '=', 's.id')
          .as('attendees'),
    ])
    .orderBy('s.held_on', 'desc')
    .execute();
}

export function findSession(db: Executor, id: string) {
  return db
    .selectFrom('training_sessions as s')
    .select(SESSION_COLUMNS)
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export function attendanceOf(db: Executor, sessionId: string) {
  return db
    .selectFrom('training_attendance as a')
    .innerJoin('people as p', (join) =>
      join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.person_id'),
    )
    .leftJoin('training_completions as c', (join) =>
      join.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.completion_id'),
    )
    .leftJoin('documents as d', (join) =>
      join.onRef('d.tenant_id', '=', 'c.tenant_id').onRef('d.id', '=', 'c.certificate_document_id'),
    )
    .select([
      'a.person_id as personId',
      'p.full_name as fullName',
      'p.email',
      'p.number',
      'a.source',
      'a.recorded_at as recordedAt',
      'a.completion_id as completionId',
      'd.id as certificateDocumentId',
      'd.public_id as certificatePublicId',
    ])
    .where('a.session_id', '=', sessionId)
    .orderBy('p.full_name')
    .execute();
}

export async function insertAttendance(
  db: Executor,
  row: {
    tenantId: string;
    sessionId: string;
    personId: string;
    source: 'manual' | 'import';
    recordedBy: string | null;
  },
): Promise<boolean> {
  const result = await db
    .insertInto('training_attendance')
    .values({
      tenant_id: row.tenantId,
      session_id: row.sessionId,
      person_id: row.personId,
      source: row.source,
      recorded_by: row.recordedBy,
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function setAttendanceCompletion(
  db: Executor,
  sessionId: string,
  personId: string,
  completionId: string,
) {
  await db
    .updateTable('training_attendance')
    .set({ completion_id: completionId })
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .where('completion_id', 'is', null)
    .execute();
}

/** Directory matches for an attendance list: by e-mail or personnel number, active people only. */
export function peopleByEmailOrNumber(db: Executor, emails: string[], numbers: string[]) {
  return db
    .selectFrom('people')
    .select(['id', 'email', 'number', 'full_name as fullName'])
    .where('status', '=', 'active')
    .where((eb) =>
      eb.or([
        ...(emails.length ? [eb('email', 'in', emails)] : []),
        ...(numbers.length ? [eb('number', 'in', numbers)] : []),
        eb.val(false),
      ]),
    )
    .execute();
}

/** Everyone active, for matching a sign-in sheet by name (case folding happens in the caller). */
export function activePeopleNames(db: Executor) {
  return db
    .selectFrom('people')
    .select(['id', 'full_name as fullName'])
    .where('status', '=', 'active')
    .execute();
}
