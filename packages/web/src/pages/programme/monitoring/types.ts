import type { Language } from '@qorgau/core';

/** The path a partner goes along, in order; a partner's stage is the furthest it has reached. */
export const STAGES = [
  'invited',
  'drafting',
  'in_review',
  'approved',
  'adopted',
  'published',
  'acknowledged',
  'trained',
] as const;
export type Stage = (typeof STAGES)[number];

export type PartnerKind = 'company' | 'university';

export type PartnerRow = {
  organizationId: string;
  names: Record<Language, string>;
  kind: PartnerKind;
  stage: Stage;
  daysInStage: number;
  people: number;
  acknowledgementRate: number | null;
  trainingRate: number | null;
  overdue: { acknowledgements: number; trainings: number; reports: number };
  lastActivityAt: string | null;
  stuck: boolean;
};

export const INDICATOR_KEYS = [
  'companiesAdopted',
  'universitiesAdopted',
  'acknowledgedShare',
  'trainedShare',
  'timelyResponses',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];

export type TrendPoint = { date: string; value: number };

export type Indicator = {
  key: IndicatorKey;
  /** A count of organisations or cases, or a share in [0, 1]; null before any data. */
  value: number | null;
  target: number;
  baseline: number | null;
  trend: readonly TrendPoint[];
};

/** The two coverage indicators are shares of people; the others count organisations or cases. */
export function indicatorUnit(key: IndicatorKey): 'count' | 'share' {
  return key === 'acknowledgedShare' || key === 'trainedShare' ? 'share' : 'count';
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export const PARTNER_SORTS = [
  'name',
  'stage',
  'daysInStage',
  'acknowledgementRate',
  'trainingRate',
  'overdue',
  'lastActivity',
] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** Opening a column shows the worst first where that is what people look for: longest stuck, most late. */
export const FIRST_DIRECTION: Record<PartnerSort, SortDirection> = {
  name: 'asc',
  stage: 'asc',
  daysInStage: 'desc',
  acknowledgementRate: 'asc',
  trainingRate: 'asc',
  overdue: 'desc',
  lastActivity: 'asc',
};
