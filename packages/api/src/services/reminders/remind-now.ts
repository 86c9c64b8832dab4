import { notFound } from '@qorgau/core';
import { acknowledgementsRepository, type Executor } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import { remindNow } from './sweep.js';

export async function remindCampaignNow(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  campaignId: string,
) {
  if (!(await acknowledgementsRepository.findCampaign(tx, campaignId))) throw notFound('campaign');
  const result = await remindNow(tx, deps, tenantId, campaignId);
  await recordAudit(
    tx,
    tenantId,
    actor,
    'campaign.remindedNow',
    { type: 'campaign', id: campaignId },
    result,
  );
  void deps.mailer?.flush().catch(() => undefined);
  return result;
}
