import { sql } from 'kysely';
import type { PolicyAdoptionsTable } from '../database.js';
import type { Executor } from './executor.js';

export interface NewAdoption {
  tenantId: string;
  versionId: string;
  body: PolicyAdoptionsTable['body'];
  meetingForm: 'in_person' | 'absentee';
  meetingDate: string;
  place: string;
  minutesNumber: string;
  members: unknown;
  quorumRequired: number;
  votes: { for: number; against: number; abstain: number };
  chairName: string;
  secretaryName: string;
  dissentingOpinions: string | null;
  versionSha256: string;
  effectiveDate: string;
  responsibleOfficer: string;
  familiarisationDeadline: string;
  extractLanguage: 'kk' | 'ru' | 'en';
  recordedBy: string | null;
}

export async function insertAdoption(db: Executor, adoption: NewAdoption): Promise<string> {
  const row = await db
    .insertInto('policy_adoptions')
    .values({
      tenant_id: adoption.tenantId,
      version_id: adoption.versionId,
      body: adoption.body,
      meeting_form: adoption.meetingForm,
      meeting_date: adoption.meetingDate,
      place: adoption.place,
      minutes_number: adoption.minutesNumber,
      members: JSON.stringify(adoption.members),
      quorum_required: adoption.quorumRequired,
      votes_for: adoption.votes.for,
      votes_against: adoption.votes.against,
      votes_abstain: adoption.votes.abstain,
      chair_name: adoption.chairName,
      secretary_name: adoption.secretaryName,
      dissenting_opinions: adoption.dissentingOpinions,
      version_sha256: adoption.versionSha256,
      effective_date: adoption.effectiveDate,
      responsible_officer: adoption.responsibleOfficer,
      familiarisation_deadline: adoption.familiarisationDeadline,
      extract_language: adoption.extractLanguage,
      recorded_by: adoption.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findAdoptionByVersion(db: Executor, versionId: string) {
  return db.selectFrom('policy_adoptions').selectAll().where('version_id', '=', versionId).executeTakeFirst();
}

export function findAdoption(db: Executor, id: string) {
  return db.selectFrom('policy_adoptions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setAdoptionExtract(
  db: Executor,
  id: string,
  outcome: { documentId: string } | { error: string },
) {
  await db
    .updateTable('policy_adoptions')
    .set(
      'documentId' in outcome
        ? { extract_document_id: outcome.documentId, extract_error: null }
        : { extract_error: outcome.error.slice(0, 500) },
    )
    .where('id', '=', id)
    .execute();
}

/**
 * Clears a failed extract's error so it can be rendered again. Only one caller wins the row, so
 * double clicks and two tabs queue one job between them.
 */
export async function claimExtractRetry(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('policy_adoptions')
    .set({ extract_error: null })
    .where('id', '=', id)
    .where('extract_error', 'is not', null)
    .where('extract_document_id', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function insertMinutes(
  db: Executor,
  minutes: {
    tenantId: string;
    adoptionId: string;
    fileName: string;
    sha256: string;
    content: Buffer;
    uploadedBy: string | null;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('adoption_minutes')
    .values({
      tenant_id: minutes.tenantId,
      adoption_id: minutes.adoptionId,
      file_name: minutes.fileName,
      size_bytes: minutes.content.length,
      sha256: minutes.sha256,
      content: minutes.content,
      uploaded_by: minutes.uploadedBy,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'adoption_id']).doNothing())
    .returning('adoption_id')
    .executeTakeFirst();
  return Boolean(row);
}

/** What the adoption page shows about the scan, without its bytes. */
export function findMinutesSummary(db: Executor, adoptionId: string) {
  return db
    .selectFrom('adoption_minutes')
    .select(['file_name as fileName', 'size_bytes as sizeBytes', 'sha256', 'uploaded_at as uploadedAt'])
    .where('adoption_id', '=', adoptionId)
    .executeTakeFirst();
}

export function findMinutesContent(db: Executor, adoptionId: string) {
  return db
    .selectFrom('adoption_minutes')
    .select(['file_name as fileName', 'content'])
    .where('adoption_id', '=', adoptionId)
    .executeTakeFirst();
}

/**
 * The organisation's current policy: the newest published version, or while none is published yet,
 * the newest version in whatever state it is.
 */
export function currentPolicySummary(db: Executor) {
  return db
    .selectFrom('policy_versions')
    .leftJoin('policy_adoptions', (join) =>
      join
        .onRef('policy_adoptions.tenant_id', '=', 'policy_versions.tenant_id')
        .onRef('policy_adoptions.version_id', '=', 'policy_versions.id'),
    )
    .select([
      'policy_versions.id',
      'policy_versions.number',
      'policy_versions.status',
      'policy_versions.published_at as publishedAt',
      'policy_adoptions.effective_date as effectiveDate',
    ])
    .orderBy(sql`policy_versions.status = 'published'`, 'desc')
    .orderBy('policy_versions.number', 'desc')
    .limit(1)
    .executeTakeFirst();
}
