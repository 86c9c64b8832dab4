import { audienceSchema } from '@qorgau/core';
import { acknowledgementsRepository, audienceRepository, type Executor } from '@qorgau/db';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_WINDOW_DAYS = 14;
// Bounds each statement's id array, so a 100,000-row import is a few dozen set-based inserts.
const BATCH = 5000;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * People who join while a version is in force get the same time to read it as the campaign gave
 * everyone else, counted from their own start (never less than two weeks), but only when they fall
 * in the campaign's audience: a campaign for one faculty does not reach a newcomer elsewhere.
 * The same holds for people edited or reactivated into the audience; those already assigned keep
 * their assignment and due date, and nobody is ever removed from the campaign here.
 */
export async function assignNewJoiners(
  tx: Executor,
  tenantId: string,
  personIds: string[],
  today: Date,
): Promise<number> {
  if (personIds.length === 0) return 0;
  const campaign = await acknowledgementsRepository.findCurrentCampaign(tx);
  if (!campaign) return 0;
  const windowDays = Math.max(
    MIN_WINDOW_DAYS,
    Math.round((new Date(campaign.dueDate).getTime() - new Date(campaign.createdAt).getTime()) / DAY_MS),
  );
  const audience = audienceSchema.parse(campaign.audience);
  let assigned = 0;
  for (let start = 0; start < personIds.length; start += BATCH) {
    assigned += await audienceRepository.assignJoiners(tx, {
      tenantId,
      campaignId: campaign.id,
      audience,
      personIds: personIds.slice(start, start + BATCH),
      today: isoDate(today),
      windowDays,
    });
  }
  return assigned;
}

export async function assignNewJoiner(
  tx: Executor,
  tenantId: string,
  personId: string,
  today: Date,
): Promise<boolean> {
  return (await assignNewJoiners(tx, tenantId, [personId], today)) > 0;
}
