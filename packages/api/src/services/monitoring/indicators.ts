import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { readTargets } from './targets.js';

const TREND_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

function share(done: number, of: number): number {
  return of > 0 ? done / of : 0;
}

type Totals = Awaited<ReturnType<typeof monitoringRepository.programmeTotals>>;

const VALUES = {
  companiesAdopted: (t: Totals) => t.companies_adopted,
  universitiesAdopted: (t: Totals) => t.universities_adopted,
  acknowledgedShare: (t: Totals) => share(t.acknowledged, t.covered),
  trainedShare: (t: Totals) => share(t.trained, t.training_assigned),
  timelyResponses: (t: Totals) => t.timely_responses,
} as const;
export type IndicatorKey = keyof typeof VALUES;

/**
 * The programme's indicators now (from the roll-ups) against their targets, with the daily
 * snapshots as the trend; today's point is the live value.
 */
export async function programmeIndicators(tx: Executor, now: Date) {
  const targets = await readTargets(tx);
  const totals = await monitoringRepository.programmeTotals(tx);
  const from = new Date(now.getTime() - TREND_DAYS * DAY_MS).toISOString().slice(0, 10);
  const today = now.toISOString().slice(0, 10);
  const history = (await monitoringRepository.programmeTrend(tx, from)).filter((row) => row.day < today);
  const targetOf: Record<IndicatorKey, number> = {
    companiesAdopted: targets.companiesAdopted,
    universitiesAdopted: targets.universitiesAdopted,
    acknowledgedShare: targets.acknowledgedShare,
    trainedShare: targets.trainedShare,
    timelyResponses: Math.ceil(targets.timelyResponsesBaseline * (1 + targets.timelyResponsesIncrease)),
  };
  const indicators = (Object.keys(VALUES) as IndicatorKey[]).map((key) => ({
    key,
    value: VALUES[key](totals),
    target: targetOf[key],
    baseline: key === 'timelyResponses' ? targets.timelyResponsesBaseline : null,
    trend: [
      ...history.map((row) => ({ date: row.day, value: VALUES[key](row) })),
      { date: today, value: VALUES[key](totals) },
    ],
  }));
  return { targets, totals, indicators };
}

export async function indicatorsView(tx: Executor, tenantId: string, actor: Actor, now: Date) {
  const { targets, indicators } = await programmeIndicators(tx, now);
  await recordAudit(tx, tenantId, actor, 'programme.monitoringViewed', undefined, { view: 'indicators' });
  return { targets, indicators };
}
