import { sql } from 'kysely';
import type { PolicyStatus } from '../database.js';
import type { Executor } from './executor.js';

const SUMMARY = [
  'id',
  'number',
  'model_version as modelVersion',
  'status',
  'revision',
  'authoritative_language as authoritativeLanguage',
  'created_at as createdAt',
  'updated_at as updatedAt',
  'submitted_at as submittedAt',
  'approved_at as approvedAt',
  'published_at as publishedAt',
] as const;

export function listPolicyVersions(db: Executor) {
  return db.selectFrom('policy_versions').select(SUMMARY).orderBy('number', 'desc').execute();
}

export function findPolicyVersion(db: Executor, id: string) {
  return db
    .selectFrom('policy_versions')
    .select([...SUMMARY, 'customization', 'hashes', 'based_on_id as basedOnId', 'clause_pins as clausePins'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findOpenPolicyVersion(db: Executor) {
  return db
    .selectFrom('policy_versions')
    .select('id')
    .where('status', 'in', ['draft', 'submitted', 'changes_requested'])
    .executeTakeFirst();
}

export function findLatestApproved(db: Executor) {
  return db
    .selectFrom('policy_versions')
    .select([
      'id',
      'customization',
      'authoritative_language as authoritativeLanguage',
      'model_version as modelVersion',
      'clause_pins as clausePins',
    ])
    .where('status', 'in', ['approved', 'adopted', 'published'])
    .orderBy('number', 'desc')
    .executeTakeFirst();
}

export async function insertPolicyVersion(
  db: Executor,
  version: {
    tenantId: string;
    modelVersion: string;
    customization: unknown;
    authoritativeLanguage: 'kk' | 'ru' | 'en';
    basedOnId: string | null;
    createdBy: string | null;
    clausePins?: Record<string, string>;
  },
): Promise<string> {
  const next = await db
    .selectFrom('policy_versions')
    .select((eb) => eb.fn.coalesce(eb.fn.max('number'), sql<number>`0`).as('last'))
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('policy_versions')
    .values({
      tenant_id: version.tenantId,
      number: Number(next.last) + 1,
      model_version: version.modelVersion,
      customization: JSON.stringify(version.customization),
      authoritative_language: version.authoritativeLanguage,
      based_on_id: version.basedOnId,
      created_by: version.createdBy,
      clause_pins: JSON.stringify(version.clausePins ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Optimistic concurrency: the write lands only on the revision the editor loaded. */
export async function saveDraftContent(
  db: Executor,
  update: { id: string; revision: number; customization: unknown; authoritativeLanguage: 'kk' | 'ru' | 'en' },
): Promise<number | null> {
  const row = await db
    .updateTable('policy_versions')
    .set((eb) => ({
      customization: JSON.stringify(update.customization),
      authoritative_language: update.authoritativeLanguage,
      revision: eb('revision', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', update.id)
    .where('revision', '=', update.revision)
    .where('status', 'in', ['draft', 'changes_requested'])
    .returning('revision')
    .executeTakeFirst();
  return row?.revision ?? null;
}

export async function changePolicyStatus(
  db: Executor,
  change: {
    id: string;
    from: PolicyStatus[];
    to: PolicyStatus;
    revision?: number;
    hashes?: Record<string, string>;
    approvedBy?: string | null;
  },
): Promise<boolean> {
  const now = new Date();
  let query = db
    .updateTable('policy_versions')
    .set((eb) => ({
      status: change.to,
      revision: eb('revision', '+', 1),
      updated_at: now,
      ...(change.to === 'submitted' ? { submitted_at: now } : {}),
      ...(change.to === 'published' ? { published_at: now } : {}),
      ...(change.to === 'approved'
        ? {
            approved_at: now,
            approved_by: change.approvedBy ?? null,
            hashes: JSON.stringify(change.hashes ?? {}),
          }
        : {}),
    }))
    .where('id', '=', change.id)
    .where('status', 'in', change.from);
  if (change.revision !== undefined) query = query.where('revision', '=', change.revision);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function recordPolicyStateChange(
  db: Executor,
  change: {
    tenantId: string;
    versionId: string;
    from: PolicyStatus | null;
    to: PolicyStatus;
    actorId: string | null;
    note?: string | null;
  },
) {
  await db
    .insertInto('policy_state_changes')
    .values({
      tenant_id: change.tenantId,
      version_id: change.versionId,
      from_status: change.from,
      to_status: change.to,
      actor_id: change.actorId,
      note: change.note ?? null,
    })
    .execute();
}

export async function insertReviewComment(
  db: Executor,
  comment: {
    tenantId: string;
    versionId: string;
    clauseId: string;
    authorId: string | null;
    side: 'organization' | 'programme';
    body: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('policy_review_comments')
    .values({
      tenant_id: comment.tenantId,
      version_id: comment.versionId,
      clause_id: comment.clauseId,
      author_id: comment.authorId,
      author_side: comment.side,
      body: comment.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listReviewComments(db: Executor, versionId: string) {
  return db
    .selectFrom('policy_review_comments')
    .leftJoin('users', 'users.id', 'policy_review_comments.author_id')
    .select([
      'policy_review_comments.id',
      'policy_review_comments.clause_id as clauseId',
      'policy_review_comments.author_side as side',
      'policy_review_comments.body',
      'policy_review_comments.created_at as createdAt',
      'users.full_name as authorName',
    ])
    .where('policy_review_comments.version_id', '=', versionId)
    .orderBy('policy_review_comments.created_at')
    .execute();
}

export function listPolicyStateChanges(db: Executor, versionId: string) {
  return db
    .selectFrom('policy_state_changes')
    .select(['from_status as from', 'to_status as to', 'note', 'created_at as createdAt'])
    .where('version_id', '=', versionId)
    .orderBy('created_at')
    .execute();
}

export interface ReviewQueueRow {
  tenant_id: string;
  kind: 'company' | 'university';
  name_kk: string;
  name_ru: string;
  name_en: string;
  version_id: string;
  number: number;
  model_version: string;
  status: PolicyStatus;
  submitted_at: Date | null;
  updated_at: Date;
}

/** Across partners, through the function that checks for project staff itself. */
export async function policyReviewQueue(db: Executor): Promise<ReviewQueueRow[]> {
  const result = await sql<ReviewQueueRow>`select * from app_policy_review_queue()`.execute(db);
  return result.rows;
}

/** Moves an editable version onto another model, keeping the listed clauses from older ones. */
export async function rebaseOnModel(
  db: Executor,
  update: { id: string; revision: number; modelVersion: string; clausePins: Record<string, string> },
): Promise<number | null> {
  const row = await db
    .updateTable('policy_versions')
    .set((eb) => ({
      model_version: update.modelVersion,
      clause_pins: JSON.stringify(update.clausePins),
      revision: eb('revision', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', update.id)
    .where('revision', '=', update.revision)
    .where('status', 'in', ['draft', 'changes_requested'])
    .returning('revision')
    .executeTakeFirst();
  return row?.revision ?? null;
}

export function findPolicyModel(db: Executor, version: string) {
  return db.selectFrom('policy_models').selectAll().where('version', '=', version).executeTakeFirst();
}

export function latestPolicyModelVersion(db: Executor) {
  return db
    .selectFrom('policy_models')
    .select(['version', 'changelog', 'published_at as publishedAt'])
    .orderBy('published_at', 'desc')
    .executeTakeFirst();
}

export function listPolicyModels(db: Executor) {
  return db
    .selectFrom('policy_models')
    .select(['version', 'changelog', 'published_at as publishedAt'])
    .orderBy('published_at', 'desc')
    .execute();
}

/** Project staff only: the database function checks it. */
export async function publishPolicyModel(
  db: Executor,
  model: { version: string; manifest: unknown; sources: unknown; changelog: string },
) {
  await sql`select app_publish_policy_model(${model.version}, ${JSON.stringify(model.manifest)}::jsonb,
    ${JSON.stringify(model.sources)}::jsonb, ${model.changelog})`.execute(db);
}

/** Deployment bootstrap, as the owner: the model that ships becomes the first published one. */
export async function insertInitialPolicyModel(
  db: Executor,
  model: { version: string; manifest: unknown; sources: unknown; changelog: string },
): Promise<boolean> {
  const existing = await db.selectFrom('policy_models').select('version').limit(1).executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('policy_models')
    .values({
      version: model.version,
      manifest: JSON.stringify(model.manifest),
      sources: JSON.stringify(model.sources),
      changelog: model.changelog,
    })
    .execute();
  return true;
}
