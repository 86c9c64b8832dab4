import { z } from 'zod';
import { instantSchema, optionalText, personSchema, signatureSchema, text } from './common.js';

export const trainingCertificateDataSchema = z.object({
  participant: personSchema,
  course: z.object({
    title: text(300),
    hours: z.number().positive().max(1000),
    format: z.enum(['online', 'in_person', 'blended']),
    provider: optionalText(300),
  }),
  certificateNumber: text(60),
  completedAt: instantSchema,
  scorePercent: z.number().min(0).max(100).optional(),
  validUntil: instantSchema.optional(),
  topics: z.array(text(300)).max(12).default([]),
  signature: signatureSchema,
});

export type TrainingCertificateData = z.output<typeof trainingCertificateDataSchema>;
