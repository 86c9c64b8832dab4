import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

export const startSampleBatchInput = z.object({
  kind: z.enum(['training-certificate', 'acknowledgement-receipt'], { error: 'invalidKind' }),
  language: languageSchema,
});

export const batchIdInput = z.object({ id: idSchema });
export const listDocumentsInput = z.object({ batchId: idSchema.optional() });

export const publicDocumentIdSchema = z
  .string({ error: 'required' })
  .trim()
  .toUpperCase()
  .regex(/^QRG-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { error: 'invalidDocumentId' });

export const verifyByIdInput = z.object({ publicId: publicDocumentIdSchema });
