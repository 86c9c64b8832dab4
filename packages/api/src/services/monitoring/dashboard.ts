import type { DashboardInput } from '@qorgau/core';
import { type Executor, monitoringRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { toPartner } from './partner-view.js';

/** Project staff's partners page: one statement over the roll-ups, audited in the programme's chain. */
export async function partnersDashboard(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: DashboardInput,
  now: Date,
) {
  const rows = await monitoringRepository.partnersPage(tx, {
    ...(input.kind ? { kind: input.kind } : {}),
    sort: input.sort,
    direction: input.direction,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  await recordAudit(tx, tenantId, actor, 'programme.monitoringViewed', undefined, { view: 'dashboard' });
  return {
    generatedAt: now.toISOString(),
    total: Number(rows[0]?.total ?? 0),
    page: input.page,
    pageSize: input.pageSize,
    partners: rows.map((row) => toPartner(row, now)),
  };
}
