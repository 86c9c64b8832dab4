import { z } from 'zod';
import {
  channelSchema,
  instantSchema,
  languageSchema,
  optionalText,
  policyReferenceSchema,
  signatureSchema,
  text,
} from './common.js';

/** Upper bound keeps a single render within the job timeout; larger sheets should be split. */
export const MAX_SHEET_ENTRIES = 20_000;

export const acknowledgementSheetDataSchema = z.object({
  policy: policyReferenceSchema,
  entries: z
    .array(
      z.object({
        fullName: text(200),
        position: optionalText(200),
        department: optionalText(200),
        acknowledgedAt: instantSchema,
        language: languageSchema,
        channel: channelSchema.optional(),
      }),
    )
    .max(MAX_SHEET_ENTRIES),
  generatedAt: instantSchema,
  signature: signatureSchema,
});

export type AcknowledgementSheetData = z.output<typeof acknowledgementSheetDataSchema>;
