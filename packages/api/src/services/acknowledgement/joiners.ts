import { acknowledgementsRepository, type Executor } from '@qorgau/db';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_WINDOW_DAYS = 14;

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A person who joins while a version is in force gets the same time to read it as the campaign gave
 * everyone else, counted from their own start (and never less than two weeks).
 */
export async function assignNewJoiner(
  tx: Executor,
  tenantId: string,
  person: { id: string; hiredOn: string | null },
  today: Date,
): Promise<boolean> {
  const campaign = await acknowledgementsRepository.findCurrentCampaign(tx);
  if (!campaign) return false;
  const windowDays = Math.max(
    MIN_WINDOW_DAYS,
    Math.round((new Date(campaign.dueDate).getTime() - new Date(campaign.createdAt).getTime()) / DAY_MS),
  );
  const start = person.hiredOn && person.hiredOn > isoDate(today) ? new Date(person.hiredOn) : today;
  const dueDate = isoDate(new Date(start.getTime() + windowDays * DAY_MS));
  return acknowledgementsRepository.insertAssignment(tx, {
    tenantId,
    campaignId: campaign.id,
    personId: person.id,
    dueDate,
  });
}
