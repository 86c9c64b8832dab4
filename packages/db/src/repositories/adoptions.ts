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
