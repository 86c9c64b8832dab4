import { type Audience, DomainError, notFound } from '@qorgau/core';
import { acknowledgementsRepository, audienceRepository, type Executor, policyRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';

/** A unit of another organisation, or one since deleted, reads as a mistake rather than "nobody". */
async function checkAudience(tx: Executor, audience: Audience) {
  const unitIds = audience.unitIds ?? [];
  if (unitIds.length > 0 && (await audienceRepository.countUnits(tx, unitIds)) !== unitIds.length) {
    throw new DomainError('NOT_FOUND', 'unit.notFound', 'audience.unitIds');
  }
}

/**
 * Publishing makes the adopted version the one staff must acknowledge: earlier acknowledgements are
 * superseded and everyone in the audience gets an assignment with the campaign's due date.
 */
export async function publishVersion(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { versionId: string; dueDate: string; audience: Audience },
) {
  const version = await policyRepository.findPolicyVersion(tx, input.versionId);
  if (!version) throw notFound('policyVersion');
  if (version.status !== 'adopted') throw new DomainError('CONFLICT', 'policy.notAdopted', 'versionId');
  await checkAudience(tx, input.audience);
  await policyRepository.changePolicyStatus(tx, { id: input.versionId, from: ['adopted'], to: 'published' });
  await policyRepository.recordPolicyStateChange(tx, {
    tenantId,
    versionId: input.versionId,
    from: 'adopted',
    to: 'published',
    actorId: actor.userId,
  });
  await acknowledgementsRepository.supersedeEarlier(tx, input.versionId, new Date());
  const campaignId = await acknowledgementsRepository.insertCampaign(tx, {
    tenantId,
    versionId: input.versionId,
    audience: input.audience,
    dueDate: input.dueDate,
    createdBy: actor.userId,
  });
  const assigned = await audienceRepository.assignAudience(tx, {
    tenantId,
    campaignId,
    dueDate: input.dueDate,
    audience: input.audience,
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
      audience: Object.keys(input.audience),
    },
  );
  return { campaignId, assigned };
}

/** How many active people an audience names right now: shown before HR publishes. */
export async function audienceSize(tx: Executor, audience: Audience) {
  await checkAudience(tx, audience);
  return { count: await audienceRepository.audienceSize(tx, audience) };
}
