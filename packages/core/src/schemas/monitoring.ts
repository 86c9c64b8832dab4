import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

export const PARTNER_STAGES = [
  'invited',
  'drafting',
  'in_review',
  'approved',
  'adopted',
  'published',
  'acknowledged',
  'trained',
] as const;
export type PartnerStage = (typeof PARTNER_STAGES)[number];

export const DASHBOARD_SORTS = [
  'name',
  'stage',
  'daysInStage',
  'acknowledgementRate',
  'trainingRate',
  'overdue',
  'lastActivity',
] as const;

export const partnerKindSchema = z.enum(['company', 'university'], { error: 'invalidKind' });

export const dashboardInput = z
  .object({
    kind: partnerKindSchema.optional(),
    sort: z.enum(DASHBOARD_SORTS).default('stage'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .default({ sort: 'stage', direction: 'asc', page: 1, pageSize: 50 });
export type DashboardInput = z.output<typeof dashboardInput>;

const share = z.number({ error: 'required' }).min(0, { error: 'negative' }).max(1, { error: 'tooLarge' });
const target = z.number({ error: 'required' }).int({ error: 'notWholeNumber' }).min(0).max(10_000);

export const programmeTargetsInput = z.object({
  companiesAdopted: target,
  universitiesAdopted: target,
  acknowledgedShare: share,
  trainedShare: share,
  timelyResponsesBaseline: z.number().int({ error: 'notWholeNumber' }).min(0).max(1_000_000),
  timelyResponsesIncrease: z.number().min(0, { error: 'negative' }).max(10, { error: 'tooLarge' }),
});
export type ProgrammeTargets = z.infer<typeof programmeTargetsInput>;

export const partnerInput = z.object({ organizationId: idSchema });

export const caseReportsFilterInput = z
  .object({
    year: z.number().int().min(2020).max(2100).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
  })
  .default({});

const isoDate = z.iso.date({ error: 'invalidDate' });

export const donorReportInput = z
  .object({ language: languageSchema, from: isoDate.optional(), to: isoDate.optional() })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    path: ['to'],
    message: 'monitoring.periodReversed',
  });
