import type { ProgrammeTargets } from '@qorgau/core';
import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';

export async function readTargets(tx: Executor): Promise<ProgrammeTargets> {
  const row = await monitoringRepository.findTargets(tx);
  return {
    companiesAdopted: row.companies_adopted,
    universitiesAdopted: row.universities_adopted,
    acknowledgedShare: Number(row.acknowledged_share),
    trainedShare: Number(row.trained_share),
    timelyResponsesBaseline: row.timely_responses_baseline,
    timelyResponsesIncrease: Number(row.timely_responses_increase),
  };
}

export async function updateTargets(tx: Executor, tenantId: string, actor: Actor, targets: ProgrammeTargets) {
  await monitoringRepository.setTargets(tx, targets);
  await recordAudit(tx, tenantId, actor, 'programme.targetsChanged', undefined, { ...targets });
  return readTargets(tx);
}
