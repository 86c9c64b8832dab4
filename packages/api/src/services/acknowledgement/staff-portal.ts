import { randomUUID } from 'node:crypto';
import { ACKNOWLEDGEMENT_CONSENT, DomainError, type Language, notFound, sameFullName } from '@qorgau/core';
import {
  acknowledgementDecisionRepository,
  acknowledgementsRepository,
  adoptionsRepository,
  documentsRepository,
  type Executor,
  peopleRepository,
  policyRepository,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import type { RequestOrigin } from '../../trpc/context.js';
import { type Actor, auditEntry } from '../audit.js';
import { previewVersion } from '../policy/versions.js';

/** One query: this is on the path of every acknowledgement. */
async function personOf(tx: Executor, userId: string) {
  const person = await peopleRepository.findPersonByUser(tx, userId);
  if (!person) throw new DomainError('NOT_FOUND', 'acknowledgement.noDirectoryEntry');
  return person;
}

/** What the staff member has to read now, and where they stand with it. */
export async function myPolicy(tx: Executor, userId: string) {
  const personId = await peopleRepository.findPersonIdByUser(tx, userId);
  if (!personId) return null;
  const assignment = await acknowledgementsRepository.findCurrentAssignment(tx, personId);
  if (!assignment) return null;
  const version = await policyRepository.findPolicyVersion(tx, assignment.versionId);
  const adoption = await adoptionsRepository.findAdoptionByVersion(tx, assignment.versionId);
  const ack = await acknowledgementsRepository.findCurrentAcknowledgement(tx, assignment.versionId, personId);
  const reads = await acknowledgementsRepository.readsOf(tx, assignment.versionId, personId);
  const receipt = ack?.receipt_document_id
    ? await documentsRepository.findDocumentSummary(tx, ack.receipt_document_id)
    : undefined;
  return {
    versionId: assignment.versionId,
    number: version?.number ?? 0,
    effectiveDate: adoption?.effective_date ?? null,
    dueDate: assignment.dueDate,
    status: assignment.status,
    decidedAt: ack ? new Date(ack.created_at).toISOString() : null,
    language: ack?.language ?? null,
    receipt: receipt ? { documentId: receipt.id, publicId: receipt.publicId } : null,
    consent: ACKNOWLEDGEMENT_CONSENT,
    reads: readsView(reads),
  };
}

/** The languages the person opened the text in, and in which of them they reached its end. */
function readsView(reads: { language: Language; reachedEndAt: Date | null }[]) {
  return reads.map((read) => ({ language: read.language, reachedEnd: read.reachedEndAt !== null }));
}

async function assignedVersion(tx: Executor, personId: string, versionId: string) {
  const assignment = await acknowledgementsRepository.findCurrentAssignment(tx, personId);
  if (!assignment || assignment.versionId !== versionId) throw notFound('policyVersion');
  return assignment;
}

export async function readPolicy(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: { versionId: string; language: Language },
) {
  const person = await personOf(tx, userId);
  await assignedVersion(tx, person.id, input.versionId);
  await acknowledgementsRepository.recordRead(tx, {
    tenantId,
    versionId: input.versionId,
    personId: person.id,
    language: input.language,
    reachedEnd: false,
  });
  return previewVersion(tx, input.versionId, input.language);
}

export async function markReachedEnd(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: { versionId: string; language: Language },
) {
  const person = await personOf(tx, userId);
  await assignedVersion(tx, person.id, input.versionId);
  await acknowledgementsRepository.recordRead(tx, {
    tenantId,
    versionId: input.versionId,
    personId: person.id,
    language: input.language,
    reachedEnd: true,
  });
  return { ok: true as const };
}

/**
 * The rules a decision must meet, checked on what the recording statement read; throwing rolls
 * the recording back. Returns the open assignment and the version for the answer.
 */
function checkDecision(
  context: acknowledgementDecisionRepository.RecordedDecision,
  input: { versionId: string; language: Language; decision: 'acknowledged' | 'refused'; typedName?: string },
) {
  const { assignment, version, reads } = context;
  if (!assignment || assignment.versionId !== input.versionId) throw notFound('policyVersion');
  if (assignment.status !== 'pending') throw new DomainError('CONFLICT', 'acknowledgement.alreadyDecided');
  if (!version?.hashes?.[input.language]) throw notFound('policyVersion');
  if (input.decision === 'refused') return { assignment, version };
  // Quiz-gated acknowledgement: checked before anything else so the refusal names the real reason.
  if (context.trainingRequired) throw new DomainError('CONFLICT', 'acknowledgement.trainingQuizRequired');
  if (!reads.some((read) => read.language === input.language && read.reachedEnd)) {
    throw new DomainError('INVALID', 'acknowledgement.notReadToEnd', 'language');
  }
  if (!sameFullName(input.typedName ?? '', context.fullName)) {
    throw new DomainError('INVALID', 'acknowledgement.nameMismatch', 'typedName');
  }
  return { assignment, version };
}

async function decide(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  origin: RequestOrigin,
  input: {
    versionId: string;
    language: Language;
    decision: 'acknowledged' | 'refused';
    typedName?: string;
    reason?: string;
  },
) {
  const acknowledging = input.decision === 'acknowledged';
  const id = randomUUID();
  // The receipt is issued in the background, exactly once (its idempotency key is this record).
  const receipt = acknowledging
    ? (deps.jobs?.inlineRender({
        type: 'ackReceipt',
        tenantId,
        acknowledgementId: id,
        issuedBy: actor.userId,
      }) ?? null)
    : null;
  const audit = auditEntry(
    tenantId,
    actor,
    `acknowledgement.${input.decision}`,
    { type: 'acknowledgement', id },
    { versionId: input.versionId, language: input.language },
  );
  // This runs for each person of a campaign, often all at once, so the checks below read what the
  // recording statement itself read: a failed check throws, which rolls the recording back.
  const context = await acknowledgementDecisionRepository.recordDecision(
    tx,
    {
      id,
      tenantId,
      userId: actor.userId ?? '',
      versionId: input.versionId,
      decision: input.decision,
      language: input.language,
      typedName: acknowledging ? (input.typedName ?? null) : null,
      consentText: acknowledging ? ACKNOWLEDGEMENT_CONSENT[input.language] : null,
      refusalReason: acknowledging ? null : (input.reason ?? null),
      ip: origin.ip,
      userAgent: origin.userAgent,
    },
    audit,
    receipt,
  );
  if (!context) throw new DomainError('NOT_FOUND', 'acknowledgement.noDirectoryEntry');
  const { assignment, version } = checkDecision(context, input);
  if (acknowledging && !deps.jobs) throw new DomainError('CONFLICT', 'documents.workersUnavailable');
  // Another tab's decision committed between this statement's snapshot and its write.
  if (!context.recorded) throw new DomainError('CONFLICT', 'acknowledgement.alreadyDecided');
  // Built from what this transaction already knows instead of reading it all back.
  return {
    versionId: input.versionId,
    number: version.number,
    effectiveDate: context.effectiveDate,
    dueDate: assignment.dueDate,
    status: input.decision,
    decidedAt: new Date().toISOString(),
    language: input.language,
    receipt: null,
    consent: ACKNOWLEDGEMENT_CONSENT,
    reads: context.reads,
  };
}

export function acknowledgePolicy(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  origin: RequestOrigin,
  input: { versionId: string; language: Language; typedName: string },
) {
  return decide(tx, deps, tenantId, actor, origin, { ...input, decision: 'acknowledged' });
}

/** A refusal is recorded with its reason, not left pending. */
export function refusePolicy(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  origin: RequestOrigin,
  input: { versionId: string; reason: string; language: Language },
) {
  return decide(tx, deps, tenantId, actor, origin, { ...input, decision: 'refused' });
}
