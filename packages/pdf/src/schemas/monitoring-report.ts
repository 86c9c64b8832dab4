import { z } from 'zod';
import { countSchema, instantSchema, signatureSchema, text } from './common.js';

const share = z.number().min(0).max(1);

/**
 * The programme's donor report: indicators against targets, the stage funnel and the trend (drawn
 * as inline SVG), the partner table and the case-response figures, already suppressed as text.
 */
export const programmeSectionSchema = z.object({
  indicators: z
    .array(z.object({ label: text(200), value: text(40), target: text(40), met: z.boolean() }))
    .max(20),
  funnel: z.array(z.object({ label: text(100), count: countSchema })).max(20),
  trend: z.array(z.object({ date: z.iso.date(), acknowledged: share, trained: share })).max(400),
  partners: z
    .array(
      z.object({
        name: text(200),
        kind: text(60),
        stage: text(100),
        acknowledged: text(20),
        trained: text(20),
        daysInStage: countSchema,
      }),
    )
    .max(2000),
  caseReports: z.array(z.object({ label: text(200), value: text(20) })).max(60),
});

/** Aggregates only: the report goes to management and must not identify anyone who reported. */
export const monitoringReportDataSchema = z.object({
  period: z.object({ from: instantSchema, to: instantSchema }),
  generatedAt: instantSchema,
  headcount: countSchema,
  acknowledged: countSchema,
  trained: countSchema,
  reports: z
    .object({
      received: countSchema,
      resolved: countSchema,
      inProgress: countSchema,
      averageResolutionDays: z.number().min(0).max(10_000).optional(),
    })
    .optional(),
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
  programme: programmeSectionSchema.optional(),
  signature: signatureSchema,
});

export type MonitoringReportData = z.output<typeof monitoringReportDataSchema>;
