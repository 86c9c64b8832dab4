import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface NewDocument {
  tenantId: string;
  publicId: string;
  kind: string;
  language: 'kk' | 'ru' | 'en';
  title: string;
  subjectLabel: string | null;
  personId: string | null;
  batchId: string | null;
  idempotencyKey: string;
  sample: boolean;
  sha256: string;
  content: Buffer;
  signer: string;
  signedAt: Date;
  issuedBy: string | null;
}

/** Returns null when a document with this idempotency key already exists: nothing is issued twice. */
export async function insertDocument(db: Executor, document: NewDocument): Promise<string | null> {
  const row = await db
    .insertInto('documents')
    .values({
      tenant_id: document.tenantId,
      public_id: document.publicId,
      kind: document.kind,
      language: document.language,
      title: document.title,
      subject_label: document.subjectLabel,
      person_id: document.personId,
      batch_id: document.batchId,
      idempotency_key: document.idempotencyKey,
      sample: document.sample,
      sha256: document.sha256,
      byte_size: document.content.length,
      content: document.content,
      signer: document.signer,
      signed_at: document.signedAt,
      issued_by: document.issuedBy,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'idempotency_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export function findDocumentIdByKey(db: Executor, idempotencyKey: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'public_id'])
    .where('idempotency_key', '=', idempotencyKey)
    .executeTakeFirst();
}

const SUMMARY = [
  'id',
  'public_id as publicId',
  'kind',
  'language',
  'title',
  'subject_label as subjectLabel',
  'person_id as personId',
  'batch_id as batchId',
  'sample',
  'sha256',
  'byte_size as byteSize',
  'signed_at as signedAt',
] as const;

export function listDocuments(
  db: Executor,
  options: { limit: number; batchId?: string | undefined; personId?: string },
) {
  let query = db.selectFrom('documents').select(SUMMARY).orderBy('created_at', 'desc').limit(options.limit);
  if (options.batchId) query = query.where('batch_id', '=', options.batchId);
  if (options.personId) query = query.where('person_id', '=', options.personId);
  return query.execute();
}

export function findDocumentContent(db: Executor, id: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'public_id as publicId', 'person_id as personId', 'content', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface VerifiedDocumentRow {
  public_id: string;
  kind: string;
  language: 'kk' | 'ru' | 'en';
  title: string;
  subject_label: string | null;
  sample: boolean;
  sha256: string;
  signer: string;
  signed_at: Date;
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** Public verification crosses tenants, so it goes through the one function made for it. */
export async function verifyDocument(db: Executor, lookup: { publicId?: string; sha256?: string }) {
  const result =
    await sql<VerifiedDocumentRow>`select * from app_verify_document(${lookup.publicId ?? null}, ${
      lookup.sha256 ?? null
    })`.execute(db);
  return result.rows[0];
}

export async function insertBatch(
  db: Executor,
  batch: {
    tenantId: string;
    kind: string;
    language: 'kk' | 'ru' | 'en';
    total: number;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('document_batches')
    .values({
      tenant_id: batch.tenantId,
      kind: batch.kind,
      language: batch.language,
      total: batch.total,
      created_by: batch.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Counts one finished item and closes the batch when it was the last. */
export async function countBatchItem(db: Executor, batchId: string, outcome: 'done' | 'failed') {
  await db
    .updateTable('document_batches')
    .set((eb) => ({
      [outcome]: eb(outcome, '+', 1),
      finished_at: sql`case when done + failed + 1 >= total then now() else finished_at end`,
    }))
    .where('id', '=', batchId)
    .execute();
}

export async function recordBatchFailure(
  db: Executor,
  failure: {
    tenantId: string;
    batchId: string;
    itemKey: string;
    personId: string | null;
    reason: 'renderFailed' | 'subjectMissing';
    error: string;
  },
) {
  const row = await db
    .insertInto('document_batch_failures')
    .values({
      tenant_id: failure.tenantId,
      batch_id: failure.batchId,
      item_key: failure.itemKey,
      person_id: failure.personId,
      reason: failure.reason,
      error: failure.error.slice(0, 500),
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'batch_id', 'item_key']).doNothing())
    .returning('item_key')
    .executeTakeFirst();
  return Boolean(row);
}

const BATCH_COLUMNS = [
  'id',
  'kind',
  'language',
  'total',
  'done',
  'failed',
  'created_at as createdAt',
  'finished_at as finishedAt',
] as const;

export function findBatch(db: Executor, id: string) {
  return db.selectFrom('document_batches').select(BATCH_COLUMNS).where('id', '=', id).executeTakeFirst();
}

export function listBatches(db: Executor, limit: number) {
  return db
    .selectFrom('document_batches')
    .select(BATCH_COLUMNS)
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** The person's name and a reason code for the user; the technical error stays for operators. */
export function listBatchFailures(db: Executor, batchId: string) {
  return db
    .selectFrom('document_batch_failures')
    .leftJoin('people', (join) =>
      join
        .onRef('people.tenant_id', '=', 'document_batch_failures.tenant_id')
        .onRef('people.id', '=', 'document_batch_failures.person_id'),
    )
    .select([
      'document_batch_failures.item_key as itemKey',
      'document_batch_failures.reason',
      'people.full_name as personName',
      'document_batch_failures.failed_at as failedAt',
    ])
    .where('document_batch_failures.batch_id', '=', batchId)
    .orderBy('document_batch_failures.failed_at')
    .limit(200)
    .execute();
}

export function findDocumentSummary(db: Executor, id: string) {
  return db
    .selectFrom('documents')
    .select(['id', 'public_id as publicId', 'sha256'])
    .where('id', '=', id)
    .executeTakeFirst();
}
