import { DomainError, notFound } from '@qorgau/core';
import { acknowledgementsRepository, type Executor, policyRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';

/**
 * Publishing makes the adopted version the one staff must acknowledge: earlier acknowledgements are
 * superseded and everyone in the audience gets an assignment with the campaign's due date.
 */
export async function publishVersion(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { versionId: string; dueDate: string; unitIds?: string[] | undefined },
) {
  const version = await policyRepository.findPolicyVersion(tx, input.versionId);
  if (!version) throw notFound('policyVersion');
  if (version.status !== 'adopted') throw new DomainError('CONFLICT', 'policy.notAdopted', 'versionId');
  await policyRepository.changePolicyStatus(tx, { id: input.versionId, from: ['adopted'], to: 'published' });
  await policyRepository.recordPolicyStateChange(tx, {
    tenantId,
    versionId: input.versionId,
    from: 'adopted',
    to: 'published',
    actorId: actor.userId,
  });
  await acknowledgementsRepository.supersedeEarlier(tx, input.versionId, new Date());
  const audience = input.unitIds?.length ? { unitIds: input.unitIds } : {};
  const campaignId = await acknowledgementsRepository.insertCampaign(tx, {
    tenantId,
    versionId: input.versionId,
    audience,
    dueDate: input.dueDate,
    createdBy: actor.userId,
  });
  const assigned = await acknowledgementsRepository.assignAudience(tx, {
    tenantId,
    campaignId,
    dueDate: input.dueDate,
    audience,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'policy.published',
    { type: 'policyVersion', id: input.versionId },
    {
      campaignId,
      assigned,
    },
  );
  return { campaignId, assigned };
}
