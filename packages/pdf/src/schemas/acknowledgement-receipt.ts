import { z } from 'zod';
import {
  channelSchema,
  instantSchema,
  languageSchema,
  optionalText,
  personSchema,
  policyReferenceSchema,
  sha256HexSchema,
  signatureSchema,
} from './common.js';

export const acknowledgementReceiptDataSchema = z.object({
  employee: personSchema.extend({ employeeNumber: optionalText(50) }),
  policy: policyReferenceSchema,
  acknowledgedAt: instantSchema,
  /** The language the employee read the policy in, which may differ from the receipt's. */
  acknowledgementLanguage: languageSchema,
  channel: channelSchema,
  /** Ties the receipt to the exact text that was shown. */
  policySha256: sha256HexSchema.optional(),
  signature: signatureSchema,
});

export type AcknowledgementReceiptData = z.output<typeof acknowledgementReceiptDataSchema>;
