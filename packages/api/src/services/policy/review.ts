import { DomainError, type Language, notFound } from '@qorgau/core';
import { type Db, type Executor, policyRepository, withTenant } from '@qorgau/db';
import { policyHashes } from '@qorgau/policy';
import { type Actor, recordAudit } from '../audit.js';
import { formOf, modelForVersion, validCustomization } from './model.js';
import { checkVersion, commentOnVersion, diffVersion, getVersion, previewVersion } from './versions.js';

/** Project staff's queue of every partner's submitted and reviewed versions: no policy text. */
export async function reviewQueue(tx: Executor) {
  const rows = await policyRepository.policyReviewQueue(tx);
  return rows.map((row) => ({
    organizationId: row.tenant_id,
    kind: row.kind,
    organizationNames: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
    versionId: row.version_id,
    number: row.number,
    modelVersion: row.model_version,
    status: row.status,
    submittedAt: row.submitted_at ? new Date(row.submitted_at).toISOString() : null,
    updatedAt: new Date(row.updated_at).toISOString(),
  }));
}

/**
 * Review reaches into a partner's tenant. The version must be in the programme's queue (which the
 * database only shows to project staff), and both tenants' audit chains record the visit.
 */
async function inPartnerTenant<T>(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  target: { organizationId: string; versionId: string },
  action: string,
  work: (partnerTx: Executor) => Promise<T>,
): Promise<T> {
  const queue = await policyRepository.policyReviewQueue(ngoTx);
  const entry = queue.find(
    (row) => row.tenant_id === target.organizationId && row.version_id === target.versionId,
  );
  if (!entry) throw notFound('policyVersion');
  const result = await withTenant(
    db,
    { tenantId: target.organizationId, userId: actor.userId },
    async (partnerTx) => {
      const value = await work(partnerTx);
      await recordAudit(partnerTx, target.organizationId, actor, action, {
        type: 'policyVersion',
        id: target.versionId,
      });
      return value;
    },
  );
  await recordAudit(
    ngoTx,
    ngoTenantId,
    actor,
    action,
    { type: 'policyVersion', id: target.versionId },
    {
      organizationId: target.organizationId,
    },
  );
  return result;
}

export function reviewVersion(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  target: { organizationId: string; versionId: string },
) {
  return inPartnerTenant(
    ngoTx,
    db,
    ngoTenantId,
    actor,
    target,
    'programme.policyReviewed',
    async (partnerTx) => {
      const version = await getVersion(partnerTx, target.versionId);
      return {
        version,
        compliance: await checkVersion(partnerTx, target.versionId),
        // The reviewer's labels come from the version's own model, pins included.
        model: formOf(await modelForVersion(partnerTx, version)),
      };
    },
  );
}

export function reviewComment(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  input: { organizationId: string; versionId: string; clauseId: string; body: string },
) {
  return inPartnerTenant(ngoTx, db, ngoTenantId, actor, input, 'programme.policyCommented', (partnerTx) =>
    commentOnVersion(partnerTx, input.organizationId, actor, 'programme', {
      id: input.versionId,
      clauseId: input.clauseId,
      body: input.body,
    }),
  );
}

/** Approval freezes the version: the database refuses any later change, and the hashes pin each text. */
export function decideReview(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  input: {
    organizationId: string;
    versionId: string;
    decision: 'approve' | 'requestChanges';
    note?: string | undefined;
  },
) {
  return inPartnerTenant(
    ngoTx,
    db,
    ngoTenantId,
    actor,
    input,
    `programme.policy.${input.decision}`,
    async (partnerTx) => {
      const version = await policyRepository.findPolicyVersion(partnerTx, input.versionId);
      if (!version) throw notFound('policyVersion');
      if (version.status !== 'submitted') throw new DomainError('CONFLICT', 'policy.notSubmitted');
      const to = input.decision === 'approve' ? 'approved' : 'changes_requested';
      const hashes =
        to === 'approved'
          ? policyHashes(await modelForVersion(partnerTx, version), validCustomization(version.customization))
          : undefined;
      await policyRepository.changePolicyStatus(partnerTx, {
        id: input.versionId,
        from: ['submitted'],
        to,
        ...(hashes ? { hashes, approvedBy: actor.userId } : {}),
      });
      await policyRepository.recordPolicyStateChange(partnerTx, {
        tenantId: input.organizationId,
        versionId: input.versionId,
        from: 'submitted',
        to,
        actorId: actor.userId,
        note: input.note ?? null,
      });
      return getVersion(partnerTx, input.versionId);
    },
  );
}

export function reviewPreview(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  input: { organizationId: string; versionId: string; language: Language },
) {
  return inPartnerTenant(ngoTx, db, ngoTenantId, actor, input, 'programme.policyRead', (partnerTx) =>
    previewVersion(partnerTx, input.versionId, input.language),
  );
}

export function reviewDiff(
  ngoTx: Executor,
  db: Db,
  ngoTenantId: string,
  actor: Actor,
  input: { organizationId: string; versionId: string; language: Language },
) {
  return inPartnerTenant(ngoTx, db, ngoTenantId, actor, input, 'programme.policyCompared', (partnerTx) =>
    diffVersion(partnerTx, input.versionId, input.language),
  );
}
