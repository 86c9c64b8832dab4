import { z } from 'zod';
import { instantSchema, languageSchema, optionalText, signatureSchema, text } from './common.js';

export const policyContentSchema = z.object({
  title: text(300),
  summary: optionalText(2000),
  sections: z
    .array(
      z.object({
        heading: text(300),
        paragraphs: z.array(text(5000)).min(1).max(100),
      }),
    )
    .min(1)
    .max(200),
});

export const policyDataSchema = z.object({
  version: text(40),
  effectiveDate: instantSchema,
  approvedBy: optionalText(300),
  /** The policy text per language; the request's language must be present. */
  content: z.partialRecord(languageSchema, policyContentSchema),
  /** Renders a second language in a parallel column, section by section. */
  parallelLanguage: languageSchema.optional(),
  signature: signatureSchema,
});

export type PolicyData = z.output<typeof policyDataSchema>;
