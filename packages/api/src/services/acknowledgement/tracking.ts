import { notFound } from '@qorgau/core';
import { acknowledgementsRepository, type Executor } from '@qorgau/db';

export async function listCampaigns(tx: Executor) {
  const rows = await acknowledgementsRepository.listCampaigns(tx);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
}

/** Totals and per-unit counts for one campaign: what HR watches until the due date. */
export async function campaignProgress(tx: Executor, campaignId: string) {
  const campaign = await acknowledgementsRepository.findCampaign(tx, campaignId);
  if (!campaign) throw notFound('campaign');
  const rows = await acknowledgementsRepository.campaignProgressByUnit(tx, campaignId);
  const totals = { assigned: 0, acknowledged: 0, refused: 0, pending: 0, superseded: 0, overdue: 0 };
  const units = new Map<
    string,
    {
      unitId: string | null;
      unitName: string | null;
      acknowledged: number;
      refused: number;
      pending: number;
      overdue: number;
      assigned: number;
    }
  >();
  for (const row of rows) {
    const count = Number(row.count);
    const key = row.unitId ?? '';
    const unit = units.get(key) ?? {
      unitId: row.unitId,
      unitName: row.unitName,
      acknowledged: 0,
      refused: 0,
      pending: 0,
      overdue: 0,
      assigned: 0,
    };
    totals[row.status] += count;
    totals.assigned += count;
    totals.overdue += Number(row.overdue);
    unit.assigned += count;
    unit.overdue += Number(row.overdue);
    if (row.status !== 'superseded') unit[row.status] += count;
    units.set(key, unit);
  }
  return {
    id: campaign.id,
    versionId: campaign.version_id,
    dueDate: campaign.due_date,
    totals,
    units: [...units.values()],
  };
}
