import { z } from 'zod';
import { countSchema, instantSchema, signatureSchema, text } from './common.js';

/** Aggregates only: the report goes to management and must not identify anyone who reported. */
export const monitoringReportDataSchema = z.object({
  period: z.object({ from: instantSchema, to: instantSchema }),
  generatedAt: instantSchema,
  headcount: countSchema,
  acknowledged: countSchema,
  trained: countSchema,
  reports: z.object({
    received: countSchema,
    resolved: countSchema,
    inProgress: countSchema,
    averageResolutionDays: z.number().min(0).max(10_000).optional(),
  }),
  departments: z
    .array(
      z.object({ name: text(200), headcount: countSchema, acknowledged: countSchema, trained: countSchema }),
    )
    .max(500)
    .default([]),
  reportCategories: z
    .array(z.object({ category: text(200), count: countSchema }))
    .max(100)
    .default([]),
  findings: z.array(text(3000)).max(50).default([]),
  actions: z.array(text(3000)).max(50).default([]),
  signature: signatureSchema,
});

export type MonitoringReportData = z.output<typeof monitoringReportDataSchema>;
