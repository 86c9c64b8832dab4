import type { Db } from '@qorgau/db';
import { type Course, loadModelCourse } from '@qorgau/training';
import { sql } from 'kysely';
import { removeFixtureVersion } from './policy-values.js';

export function modelCourse(): Course {
  return loadModelCourse('templates/training');
}

/** The factory's training rows would show up in a learner's view; stories that need a clean slate drop them. */
export async function removeTrainingFixture(ownerDb: Db, tenantId: string) {
  const guarded = ['training_attempts', 'training_course_versions'] as const;
  for (const table of guarded)
    await sql`alter table ${sql.table(table)} disable trigger user`.execute(ownerDb);
  await sql`alter table training_sessions disable trigger user`.execute(ownerDb);
  for (const table of [
    'training_attempts',
    'training_enrolments',
    'training_sessions',
    'training_assignments',
    'training_course_versions',
  ] as const) {
    await ownerDb.deleteFrom(table).where('tenant_id', '=', tenantId).execute();
  }
  for (const table of guarded)
    await sql`alter table ${sql.table(table)} enable trigger user`.execute(ownerDb);
  await sql`alter table training_sessions enable trigger user`.execute(ownerDb);
}

/**
 * The factory's placeholder policy version, removed together with whatever rows other features keep
 * about its campaign (found from the catalog, so new roll-up tables need no change here).
 */
export async function removePolicyFixture(ownerDb: Db, tenantId: string) {
  const dependents = await sql<{ table: string }>`
    select conrelid::regclass::text as table from pg_constraint
    where contype = 'f' and confrelid = 'ack_campaigns'::regclass`.execute(ownerDb);
  for (const { table } of dependents.rows) {
    await sql`delete from ${sql.table(table)} where tenant_id = ${tenantId}`.execute(ownerDb);
  }
  await removeFixtureVersion(ownerDb, tenantId);
}

export async function linkPerson(
  ownerDb: Db,
  personId: string,
  userId: string,
  fields: { hiredOn?: string } = {},
) {
  await ownerDb
    .updateTable('people')
    .set({ user_id: userId, position: 'Инженер', ...(fields.hiredOn ? { hired_on: fields.hiredOn } : {}) })
    .where('id', '=', personId)
    .execute();
}

interface ShownQuestion {
  id: string;
  options: { id: string }[];
}

/** Answers to the drawn questions: all right, or the first `wrong` of them wrong. */
export function answersFor(course: Course, questions: ShownQuestion[], wrong = 0) {
  const byId = new Map(course.questionBank.map((question) => [question.id, question]));
  return questions.map((shown, index) => {
    const correct = byId.get(shown.id)?.correct ?? [];
    if (index >= wrong) return { questionId: shown.id, optionIds: [...correct] };
    const other = shown.options.find((option) => !correct.includes(option.id));
    return { questionId: shown.id, optionIds: other ? [other.id] : [] };
  });
}
