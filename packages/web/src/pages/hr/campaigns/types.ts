import type { AppRouter } from '@qorgau/api';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';

type Api = TRPCOptionsProxy<AppRouter>;

export type Campaign = inferOutput<Api['campaigns']['list']>[number];
export type CampaignProgressData = inferOutput<Api['campaigns']['progress']>;
export type UnitProgress = CampaignProgressData['units'][number];
export type VersionSummary = inferOutput<Api['policy']['versions']>[number];
export type UnitRowData = inferOutput<Api['units']['list']>[number];

/** People still counted in a unit: superseded assignments belong to an older version. */
export function activeCount(row: { acknowledged: number; refused: number; pending: number }): number {
  return row.acknowledged + row.refused + row.pending;
}

export type RosterRow = inferOutput<Api['campaigns']['roster']>[number];
export type RosterStatus = RosterRow['status'];
export const ROSTER_STATUSES: readonly RosterStatus[] = ['pending', 'acknowledged', 'refused', 'superseded'];
