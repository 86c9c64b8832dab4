import { sql } from 'kysely';
import type { Executor } from './executor.js';

// Model courses, settings, the organisation's own content and its frozen course versions.

export function latestTrainingModel(db: Executor, courseKey: string) {
  return db
    .selectFrom('training_models')
    .select(['version', 'course', 'changelog', 'published_at as publishedAt'])
    .where('course_key', '=', courseKey)
    .orderBy('published_at', 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
}

export function listTrainingModels(db: Executor) {
  return db
    .selectFrom('training_models')
    .select(['course_key as courseKey', 'version', 'changelog', 'published_at as publishedAt'])
    .orderBy('published_at')
    .execute();
}

export function findTrainingModel(db: Executor, courseKey: string, version: string) {
  return db
    .selectFrom('training_models')
    .select(['version', 'course'])
    .where('course_key', '=', courseKey)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function publishTrainingModel(
  db: Executor,
  model: { courseKey: string; version: string; course: unknown; changelog: string },
) {
  await sql`select app_publish_training_model(${model.courseKey}, ${model.version},
    ${JSON.stringify(model.course)}::jsonb, ${model.changelog})`.execute(db);
}

/** Deployment bootstrap, as the owner: the course that ships becomes the first published model. */
export async function insertInitialTrainingModel(
  db: Executor,
  model: { courseKey: string; version: string; course: unknown; changelog: string },
): Promise<boolean> {
  const result = await db
    .insertInto('training_models')
    .values({
      course_key: model.courseKey,
      version: model.version,
      course: JSON.stringify(model.course),
      changelog: model.changelog,
    })
    .onConflict((conflict) => conflict.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

export function findSettings(db: Executor) {
  return db
    .selectFrom('training_settings')
    .select([
      'quiz_gated_ack as quizGatedAck',
      'onboarding_days as onboardingDays',
      'updated_at as updatedAt',
    ])
    .executeTakeFirst();
}

export async function saveSettings(
  db: Executor,
  settings: { tenantId: string; quizGatedAck: boolean; onboardingDays: number; updatedBy: string | null },
) {
  await db
    .insertInto('training_settings')
    .values({
      tenant_id: settings.tenantId,
      quiz_gated_ack: settings.quizGatedAck,
      onboarding_days: settings.onboardingDays,
      updated_by: settings.updatedBy,
    })
    .onConflict((conflict) =>
      conflict.column('tenant_id').doUpdateSet({
        quiz_gated_ack: settings.quizGatedAck,
        onboarding_days: settings.onboardingDays,
        updated_by: settings.updatedBy,
        updated_at: new Date(),
      }),
    )
    .execute();
}

export function listCustomModules(db: Executor) {
  return db
    .selectFrom('training_custom_modules')
    .select(['id', 'position', 'content', 'created_at as createdAt'])
    .where('archived_at', 'is', null)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function listCustomQuestions(db: Executor) {
  return db
    .selectFrom('training_custom_questions')
    .select(['id', 'content', 'created_at as createdAt'])
    .where('archived_at', 'is', null)
    .orderBy('created_at')
    .execute();
}

export async function insertCustomModule(
  db: Executor,
  item: { tenantId: string; position: number; content: unknown; createdBy: string | null },
): Promise<string> {
  const row = await db
    .insertInto('training_custom_modules')
    .values({
      tenant_id: item.tenantId,
      position: item.position,
      content: JSON.stringify(item.content),
      created_by: item.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertCustomQuestion(
  db: Executor,
  item: { tenantId: string; id: string; content: unknown; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('training_custom_questions')
    .values({
      tenant_id: item.tenantId,
      id: item.id,
      content: JSON.stringify(item.content),
      created_by: item.createdBy,
    })
    .execute();
}

export async function archiveCustomItem(
  db: Executor,
  table: 'training_custom_modules' | 'training_custom_questions',
  id: string,
): Promise<boolean> {
  const result = await db
    .updateTable(table)
    .set({ archived_at: new Date(), updated_at: new Date() })
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function latestCourseVersion(db: Executor, courseKey: string) {
  return db
    .selectFrom('training_course_versions')
    .select(['id', 'number', 'model_version as modelVersion', 'sha256', 'content', 'created_at as createdAt'])
    .where('course_key', '=', courseKey)
    .orderBy('number', 'desc')
    .executeTakeFirst();
}

export function findCourseVersion(db: Executor, id: string) {
  return db
    .selectFrom('training_course_versions')
    .select(['id', 'number', 'course_key as courseKey', 'model_version as modelVersion', 'sha256', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listCourseVersions(db: Executor) {
  return db
    .selectFrom('training_course_versions')
    .select([
      'id',
      'number',
      'course_key as courseKey',
      'model_version as modelVersion',
      'sha256',
      'created_at as createdAt',
    ])
    .orderBy('number', 'desc')
    .execute();
}

export async function insertCourseVersion(
  db: Executor,
  version: {
    tenantId: string;
    courseKey: string;
    modelVersion: string;
    content: unknown;
    sha256: string;
    createdBy: string | null;
  },
): Promise<{ id: string; number: number }> {
  return db
    .insertInto('training_course_versions')
    .values((eb) => ({
      tenant_id: version.tenantId,
      course_key: version.courseKey,
      model_version: version.modelVersion,
      content: JSON.stringify(version.content),
      sha256: version.sha256,
      created_by: version.createdBy,
      number: eb
        .selectFrom('training_course_versions')
        .select(sql<number>`coalesce(max(number), 0) + 1`.as('next'))
        .where('course_key', '=', version.courseKey),
    }))
    .returning(['id', 'number'])
    .executeTakeFirstOrThrow();
}
