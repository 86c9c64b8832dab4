import { z } from 'zod';
import { audienceSchema } from './audience.js';
import { idSchema, languageSchema, textSchema } from './common.js';

const isoDate = z.iso.date({ error: 'invalidDate' });

export const publishPolicyInput = z.object({
  versionId: idSchema,
  dueDate: isoDate,
  audience: audienceSchema.default({}),
});

export const readPolicyInput = z.object({ versionId: idSchema, language: languageSchema });

export const acknowledgeInput = z.object({
  versionId: idSchema,
  language: languageSchema,
  typedName: textSchema(200),
  consent: z.literal(true, { error: 'consentRequired' }),
});

export const refuseInput = z.object({ versionId: idSchema, reason: textSchema(2000) });
export const campaignIdInput = z.object({ id: idSchema });

export const issueSheetInput = z.object({ versionId: idSchema, language: languageSchema });
