import { DomainError, notFound } from '@qorgau/core';
import { type Executor, organizationsRepository, policyRepository } from '@qorgau/db';
import {
  checkCompliance,
  defaultCustomization,
  diffPolicy,
  type Language,
  policyHtml,
  renderPolicy,
} from '@qorgau/policy';
import { type Actor, recordAudit } from '../audit.js';
import { latestModel, modelForVersion, validCustomization } from './model.js';

async function loadVersion(tx: Executor, id: string) {
  const version = await policyRepository.findPolicyVersion(tx, id);
  if (!version) throw notFound('policyVersion');
  return version;
}

function iso(value: Date | string | null) {
  return value ? new Date(value).toISOString() : null;
}

export async function listVersions(tx: Executor) {
  const rows = await policyRepository.listPolicyVersions(tx);
  return rows.map((row) => ({
    ...row,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    submittedAt: iso(row.submittedAt),
    approvedAt: iso(row.approvedAt),
  }));
}

export async function getVersion(tx: Executor, id: string) {
  const version = await loadVersion(tx, id);
  const comments = await policyRepository.listReviewComments(tx, id);
  const history = await policyRepository.listPolicyStateChanges(tx, id);
  return {
    id: version.id,
    number: version.number,
    modelVersion: version.modelVersion,
    status: version.status,
    revision: version.revision,
    authoritativeLanguage: version.authoritativeLanguage,
    customization: version.customization,
    clausePins: version.clausePins,
    hashes: version.hashes,
    createdAt: iso(version.createdAt),
    submittedAt: iso(version.submittedAt),
    approvedAt: iso(version.approvedAt),
    comments: comments.map((comment) => ({ ...comment, createdAt: iso(comment.createdAt) })),
    history: history.map((change) => ({ ...change, createdAt: iso(change.createdAt) })),
  };
}

/** The next version starts as a copy of the last approved one, or from the model. */
export async function startDraft(tx: Executor, tenantId: string, actor: Actor) {
  if (await policyRepository.findOpenPolicyVersion(tx))
    throw new DomainError('CONFLICT', 'policy.draftExists');
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization || organization.kind === 'ngo')
    throw new DomainError('FORBIDDEN', 'policy.notForProgramme');
  const previous = await policyRepository.findLatestApproved(tx);
  // A faithful copy of the last approved version, model included; a newer model is then offered
  // clause by clause (modelUpdate) rather than applied silently.
  const model = previous ? null : await latestModel(tx);
  const customization = previous
    ? validCustomization(previous.customization)
    : defaultCustomization(model as NonNullable<typeof model>, organization.kind);
  const id = await policyRepository.insertPolicyVersion(tx, {
    tenantId,
    modelVersion: previous?.modelVersion ?? model?.manifest.modelVersion ?? '',
    clausePins: previous?.clausePins ?? {},
    customization,
    authoritativeLanguage: previous?.authoritativeLanguage ?? organization.default_language,
    basedOnId: previous?.id ?? null,
    createdBy: actor.userId,
  });
  await policyRepository.recordPolicyStateChange(tx, {
    tenantId,
    versionId: id,
    from: null,
    to: 'draft',
    actorId: actor.userId,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.draftStarted',
    { type: 'policyVersion', id },
    { basedOn: previous?.id ?? null },
  );
  return getVersion(tx, id);
}

export async function saveDraft(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { id: string; revision: number; customization: unknown; authoritativeLanguage: Language },
) {
  const version = await loadVersion(tx, input.id);
  if (version.status !== 'draft' && version.status !== 'changes_requested') {
    throw new DomainError('CONFLICT', 'policy.notEditable');
  }
  const customization = validCustomization(input.customization);
  const revision = await policyRepository.saveDraftContent(tx, {
    id: input.id,
    revision: input.revision,
    customization,
    authoritativeLanguage: input.authoritativeLanguage,
  });
  if (revision === null) throw new DomainError('CONFLICT', 'policy.editConflict', 'revision');
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.draftSaved',
    { type: 'policyVersion', id: input.id },
    { revision },
  );
  return { revision };
}

export async function previewVersion(tx: Executor, id: string, language: Language) {
  const version = await loadVersion(tx, id);
  const rendered = renderPolicy(
    await modelForVersion(tx, version),
    validCustomization(version.customization),
    language,
  );
  return {
    language,
    title: rendered.title,
    html: policyHtml(rendered),
    clauses: rendered.clauses.map((clause) => ({
      id: clause.id,
      number: clause.number,
      source: clause.source,
      title: clause.title,
      html: clause.html,
    })),
    unfilledVariables: rendered.unfilledVariables,
  };
}

export async function checkVersion(tx: Executor, id: string) {
  const version = await loadVersion(tx, id);
  const report = checkCompliance(await modelForVersion(tx, version), version.customization);
  return { ok: report.ok, blocking: report.blocking, warnings: report.warnings, coverage: report.coverage };
}

export async function diffVersion(tx: Executor, id: string, language: Language) {
  const version = await loadVersion(tx, id);
  const model = await modelForVersion(tx, version);
  const customization = validCustomization(version.customization);
  const baseline = renderPolicy(model, defaultCustomization(model, customization.organisationKind), language);
  return diffPolicy(baseline, renderPolicy(model, customization, language));
}

/** Blocking compliance problems stop submission; warnings travel with it to the reviewers. */
export async function submitVersion(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { id: string; revision: number },
) {
  const version = await loadVersion(tx, input.id);
  if (version.status !== 'draft' && version.status !== 'changes_requested') {
    throw new DomainError('CONFLICT', 'policy.notEditable');
  }
  const report = checkCompliance(await modelForVersion(tx, version), version.customization);
  if (!report.ok) throw new DomainError('INVALID', 'policy.blocked');
  const moved = await policyRepository.changePolicyStatus(tx, {
    id: input.id,
    from: ['draft', 'changes_requested'],
    to: 'submitted',
    revision: input.revision,
  });
  if (!moved) throw new DomainError('CONFLICT', 'policy.editConflict', 'revision');
  await policyRepository.recordPolicyStateChange(tx, {
    tenantId,
    versionId: input.id,
    from: version.status,
    to: 'submitted',
    actorId: actor.userId,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.submitted',
    { type: 'policyVersion', id: input.id },
    {
      warnings: report.warnings.length,
    },
  );
  return getVersion(tx, input.id);
}

export async function commentOnVersion(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  side: 'organization' | 'programme',
  input: { id: string; clauseId: string; body: string },
) {
  await loadVersion(tx, input.id);
  const commentId = await policyRepository.insertReviewComment(tx, {
    tenantId,
    versionId: input.id,
    clauseId: input.clauseId,
    authorId: actor.userId,
    side,
    body: input.body,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.commented',
    { type: 'policyVersion', id: input.id },
    {
      clauseId: input.clauseId,
      side,
    },
  );
  return { id: commentId };
}
