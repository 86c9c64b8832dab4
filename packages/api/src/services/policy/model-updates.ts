import { DomainError } from '@qorgau/core';
import { type Executor, policyRepository } from '@qorgau/db';
import { modelChanges } from '@qorgau/policy';
import { type Actor, recordAudit } from '../audit.js';
import { latestModel, modelForVersion, shippedModel, sourcesOf } from './model.js';

async function editableVersion(tx: Executor, id: string) {
  const version = await policyRepository.findPolicyVersion(tx, id);
  if (!version) throw new DomainError('NOT_FOUND', 'policyVersion.notFound', 'id');
  return version;
}

/** "The model changed: N clauses": what a newer published model would change in this version. */
export async function modelUpdate(tx: Executor, id: string) {
  const version = await editableVersion(tx, id);
  const latest = await latestModel(tx);
  const current = await modelForVersion(tx, version);
  const to = latest.manifest.modelVersion;
  if (to === version.modelVersion && Object.keys(version.clausePins).length === 0) {
    return { upToDate: true, from: version.modelVersion, to, changes: [], changelog: [] };
  }
  const changes = modelChanges(current, latest);
  return {
    upToDate: changes.length === 0 && to === version.modelVersion,
    from: version.modelVersion,
    to,
    changes: changes.map((change) => ({
      clauseId: change.clauseId,
      change: change.change,
      languages: change.languages,
    })),
    changelog: latest.manifest.changelog,
  };
}

/** Takes the newer model, except for the clauses listed in `keep`, whose current text stays. */
export async function applyModelUpdate(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { id: string; revision: number; keep: string[] },
) {
  const version = await editableVersion(tx, input.id);
  if (version.status !== 'draft' && version.status !== 'changes_requested') {
    throw new DomainError('CONFLICT', 'policy.notEditable');
  }
  const { to, changes } = await modelUpdate(tx, input.id);
  const keepable = new Set(
    changes.filter((change) => change.change === 'changed').map((change) => change.clauseId),
  );
  const refused = input.keep.find((clauseId) => !keepable.has(clauseId));
  if (refused) throw new DomainError('INVALID', 'policy.cannotKeepClause', 'keep');
  const clausePins = Object.fromEntries(
    input.keep.map((clauseId) => [clauseId, version.clausePins[clauseId] ?? version.modelVersion]),
  );
  await modelForVersion(tx, { modelVersion: to, clausePins });
  const revision = await policyRepository.rebaseOnModel(tx, {
    id: input.id,
    revision: input.revision,
    modelVersion: to,
    clausePins,
  });
  if (revision === null) throw new DomainError('CONFLICT', 'policy.editConflict', 'revision');
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.modelUpdated',
    { type: 'policyVersion', id: input.id },
    {
      from: version.modelVersion,
      to,
      kept: input.keep,
    },
  );
  return { revision, modelVersion: to };
}

/** Project staff publish the model that ships with this deployment, with their changelog. */
export async function publishShippedModel(tx: Executor, tenantId: string, actor: Actor, changelog: string) {
  const model = shippedModel();
  const version = model.manifest.modelVersion;
  if (await policyRepository.findPolicyModel(tx, version)) {
    throw new DomainError('CONFLICT', 'policy.modelAlreadyPublished');
  }
  await policyRepository.publishPolicyModel(tx, {
    version,
    manifest: model.manifest,
    sources: sourcesOf(model),
    changelog,
  });
  await recordAudit(tx, tenantId, actor, 'programme.policyModelPublished', {
    type: 'policyModel',
    id: version,
  });
  return { version };
}

export async function listModels(tx: Executor) {
  const rows = await policyRepository.listPolicyModels(tx);
  const shipped = shippedModel().manifest.modelVersion;
  return {
    shipped,
    shippedPublished: rows.some((row) => row.version === shipped),
    published: rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt).toISOString() })),
  };
}
