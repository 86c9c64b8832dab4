import { type Executor, monitoringRepository } from '@qorgau/db';
import { readTargets } from './targets.js';

/** How far back the partner page's trend reaches. */
export const PARTNER_TREND_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A partner's daily snapshots (written by the monitoring upkeep) as acknowledged shares, with the
 * programme's target to draw them against; a day on which no one was covered has no share rather
 * than a misleading zero.
 */
export async function partnerAcknowledgedTrend(tx: Executor, organizationId: string, now: Date) {
  const from = new Date(now.getTime() - (PARTNER_TREND_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const rows = await monitoringRepository.partnerTrend(tx, organizationId, from);
  const { acknowledgedShare: target } = await readTargets(tx);
  return {
    target,
    days: rows.map((row) => ({
      day: row.day,
      covered: row.covered,
      acknowledged: row.acknowledged,
      acknowledgedShare: row.covered > 0 ? row.acknowledged / row.covered : null,
    })),
  };
}
