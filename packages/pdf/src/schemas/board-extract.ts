import { z } from 'zod';
import {
  countSchema,
  instantSchema,
  personSchema,
  policyReferenceSchema,
  signatureSchema,
  text,
} from './common.js';

export const boardExtractDataSchema = z.object({
  body: text(300),
  meeting: z.object({
    number: text(50),
    date: instantSchema,
    location: text(300),
    form: z.enum(['in_person', 'remote', 'absentee']),
  }),
  attendees: z
    .array(z.object({ fullName: text(200), role: text(200) }))
    .min(1)
    .max(100),
  quorumPresent: z.boolean(),
  agendaItem: text(1000),
  resolutions: z.array(text(3000)).min(1).max(50),
  votes: z.object({ for: countSchema, against: countSchema, abstained: countSchema }),
  policy: policyReferenceSchema,
  chair: personSchema,
  secretary: personSchema,
  signature: signatureSchema,
});

export type BoardExtractData = z.output<typeof boardExtractDataSchema>;
