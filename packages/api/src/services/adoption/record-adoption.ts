import { DomainError, notFound, type RecordAdoptionInput, tallyAdoption } from '@qorgau/core';
import { adoptionsRepository, documentsRepository, type Executor, policyRepository } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import { minutesSummary } from './minutes.js';

function invalid(message: string, field: string): never {
  throw new DomainError('INVALID', message, field);
}

/**
 * Records the body's decision, moves the version to "adopted" and queues the signed extract, all in
 * the caller's transaction: either the whole adoption exists, or none of it does.
 */
export async function recordAdoption(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: RecordAdoptionInput,
) {
  const version = await policyRepository.findPolicyVersion(tx, input.versionId);
  if (!version) throw notFound('policyVersion');
  if (version.status !== 'approved')
    throw new DomainError('CONFLICT', 'adoption.versionNotApproved', 'versionId');
  if (await adoptionsRepository.findAdoptionByVersion(tx, input.versionId)) {
    throw new DomainError('CONFLICT', 'adoption.alreadyRecorded', 'versionId');
  }
  const tally = tallyAdoption(input.body, input.members);
  if (tally.inconsistentVotes > 0) invalid('adoption.voteWithoutAttendance', 'members');
  if (!tally.quorumMet) invalid('adoption.noQuorum', 'members');
  if (!tally.majorityMet) invalid('adoption.noMajority', 'members');
  if (input.effectiveDate < input.meetingDate) invalid('adoption.effectiveBeforeMeeting', 'effectiveDate');
  if (input.familiarisationDeadline < input.meetingDate)
    invalid('adoption.deadlineBeforeMeeting', 'familiarisationDeadline');
  if (!deps.jobs) throw new DomainError('CONFLICT', 'documents.workersUnavailable');

  const hashes = version.hashes as Record<string, string> | null;
  const sha256 = hashes?.[version.authoritativeLanguage];
  if (!sha256) throw new DomainError('CONFLICT', 'adoption.versionNotApproved', 'versionId');
  const adoptionId = await adoptionsRepository.insertAdoption(tx, {
    tenantId,
    versionId: input.versionId,
    body: input.body,
    meetingForm: input.meetingForm,
    meetingDate: input.meetingDate,
    place: input.place,
    minutesNumber: input.minutesNumber,
    members: input.members,
    quorumRequired: tally.quorumRequired,
    votes: { for: tally.for, against: tally.against, abstain: tally.abstain },
    chairName: input.chairName,
    secretaryName: input.secretaryName,
    dissentingOpinions: input.dissentingOpinions ?? null,
    versionSha256: sha256,
    effectiveDate: input.effectiveDate,
    responsibleOfficer: input.responsibleOfficer,
    familiarisationDeadline: input.familiarisationDeadline,
    extractLanguage: input.extractLanguage,
    recordedBy: actor.userId,
  });
  await policyRepository.changePolicyStatus(tx, { id: input.versionId, from: ['approved'], to: 'adopted' });
  await policyRepository.recordPolicyStateChange(tx, {
    tenantId,
    versionId: input.versionId,
    from: 'approved',
    to: 'adopted',
    actorId: actor.userId,
    note: `${input.body} ${input.minutesNumber}`,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.adopted',
    { type: 'policyVersion', id: input.versionId },
    {
      adoptionId,
      body: input.body,
      present: tally.present,
      for: tally.for,
    },
  );
  await deps.jobs.enqueueRenders(tx, [
    { type: 'adoptionExtract', tenantId, adoptionId, issuedBy: actor.userId },
  ]);
  return getAdoption(tx, input.versionId);
}

export async function getAdoption(tx: Executor, versionId: string) {
  if (!(await policyRepository.findPolicyVersion(tx, versionId))) throw notFound('policyVersion');
  const adoption = await adoptionsRepository.findAdoptionByVersion(tx, versionId);
  if (!adoption) return null;
  const document = adoption.extract_document_id
    ? await documentsRepository.findDocumentSummary(tx, adoption.extract_document_id)
    : undefined;
  return {
    id: adoption.id,
    versionId: adoption.version_id,
    body: adoption.body,
    meetingForm: adoption.meeting_form,
    meetingDate: adoption.meeting_date,
    place: adoption.place,
    minutesNumber: adoption.minutes_number,
    members: adoption.members,
    quorumRequired: adoption.quorum_required,
    votes: { for: adoption.votes_for, against: adoption.votes_against, abstain: adoption.votes_abstain },
    chairName: adoption.chair_name,
    secretaryName: adoption.secretary_name,
    dissentingOpinions: adoption.dissenting_opinions,
    versionSha256: adoption.version_sha256,
    effectiveDate: adoption.effective_date,
    responsibleOfficer: adoption.responsible_officer,
    familiarisationDeadline: adoption.familiarisation_deadline,
    minutes: await minutesSummary(tx, adoption.id),
    extract: document
      ? {
          status: 'issued' as const,
          documentId: document.id,
          publicId: document.publicId,
          sha256: document.sha256,
        }
      : adoption.extract_error
        ? { status: 'failed' as const, error: adoption.extract_error }
        : { status: 'pending' as const },
  };
}
