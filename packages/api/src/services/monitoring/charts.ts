import { PARTNER_STAGES } from '@qorgau/core';
import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { programmeIndicators } from './indicators.js';
import { toPartner } from './partner-view.js';

/**
 * The funnel counts a partner in every stage it has passed, so each bar is "reached at least this".
 */
export function stageFunnel(stages: readonly string[]) {
  return PARTNER_STAGES.map((stage, index) => ({
    stage,
    count: stages.filter(
      (reached) => PARTNER_STAGES.indexOf(reached as (typeof PARTNER_STAGES)[number]) >= index,
    ).length,
  }));
}

export async function chartsData(tx: Executor, now: Date) {
  const partners = (await monitoringRepository.allPartners(tx)).map((row) => toPartner(row, now));
  const { indicators } = await programmeIndicators(tx, now);
  const acknowledged = indicators.find((indicator) => indicator.key === 'acknowledgedShare')?.trend ?? [];
  const trained = indicators.find((indicator) => indicator.key === 'trainedShare')?.trend ?? [];
  return {
    partners,
    indicators,
    funnel: stageFunnel(partners.map((partner) => partner.stage)),
    ratesOverTime: acknowledged.map((point, index) => ({
      date: point.date,
      acknowledgedShare: point.value,
      trainedShare: trained[index]?.value ?? 0,
    })),
    ratesPerPartner: partners.map((partner) => ({
      organizationId: partner.organizationId,
      names: partner.names,
      kind: partner.kind,
      acknowledgementRate: partner.acknowledgementRate,
      trainingRate: partner.trainingRate,
    })),
  };
}

export async function chartsView(tx: Executor, tenantId: string, actor: Actor, now: Date) {
  const { funnel, ratesOverTime, ratesPerPartner } = await chartsData(tx, now);
  await recordAudit(tx, tenantId, actor, 'programme.monitoringViewed', undefined, { view: 'charts' });
  return { funnel, ratesOverTime, ratesPerPartner };
}
