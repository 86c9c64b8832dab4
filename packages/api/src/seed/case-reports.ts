import { CASE_CHANNELS, CASE_OUTCOMES, CASE_TYPES, caseReportInput } from '@qorgau/core';
import type { Db } from '@qorgau/db';
import { submitCaseReport } from '../services/monitoring/case-reports.js';
import { asTenant, seedActor } from './as-tenant.js';
import { seededRandom } from './deterministic.js';
import type { PartnerStory } from './policy-stages.js';

/**
 * Cases received in the last finished quarter and the one before (null: not reported). Small
 * partners report a handful, which the programme only ever sees as "<5"; one published partner has
 * not yet reported the last quarter, so the dashboard flags it as overdue.
 */
export const CASE_REPORT_PLAN: Record<string, readonly [number | null, number | null]> = {
  zhibek: [6, 4],
  'aqtobe-agro': [null, 2],
  'nur-pharm': [1, 0],
  'dala-tech': [11, 8],
  'zhetysu-ped': [3, 2],
  'kok-bazar': [5, null],
  caspian: [7, null],
};

/** Splits `total` over `keys` at random; every key is present, zeros included. */
function spread<K extends string>(keys: readonly K[], total: number, random: () => number) {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (let left = total; left > 0; left -= 1) {
    const key = keys[Math.floor(random() * keys.length)] as K;
    counts[key] += 1;
  }
  return counts;
}

function report(year: number, quarter: number, received: number, random: () => number) {
  const late = received > 0 ? Math.floor(random() * Math.min(2, received + 1)) : 0;
  return caseReportInput.parse({
    year,
    quarter,
    received,
    byChannel: spread(CASE_CHANNELS, received, random),
    byType: spread(CASE_TYPES, received, random),
    acknowledgedInTime: received - late,
    investigated: Math.max(0, received - Math.floor(random() * 2)),
    respondedInTime: Math.max(0, received - late - Math.floor(random() * 2)),
    outcomes: spread(CASE_OUTCOMES, received, random),
    medianDaysToRespond: received > 0 ? 4 + Math.floor(random() * 12) : null,
  });
}

/** The quarter before `now`'s, and the one before that, as [year, quarter]. */
export function finishedQuarters(now: Date): [number, number][] {
  const current = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
  return [current - 1, current - 2].map((index) => [Math.floor(index / 4), (index % 4) + 1]);
}

/** Submits the plan's quarters that are not there yet; true when any was. */
export async function seedCaseReports(ownerDb: Db, story: PartnerStory, seed: number) {
  const plan = CASE_REPORT_PLAN[story.organization.key];
  if (!plan) return false;
  const random = seededRandom(seed);
  const quarters = finishedQuarters(story.now);
  return asTenant(ownerDb, { tenantId: story.tenantId, userId: story.hrUserId }, async (tx) => {
    const existing = await tx.selectFrom('case_reports').select(['year', 'quarter']).execute();
    let submitted = false;
    for (const [index, received] of plan.entries()) {
      const [year, quarter] = quarters[index] ?? [0, 0];
      const input = received === null ? null : report(year, quarter, received, random);
      if (!input || existing.some((row) => row.year === year && row.quarter === quarter)) continue;
      await submitCaseReport(tx, story.tenantId, seedActor(story.hrUserId), input, story.now);
      submitted = true;
    }
    return submitted;
  });
}
