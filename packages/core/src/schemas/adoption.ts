import { z } from 'zod';
import { ADOPTING_BODIES, VOTES } from '../adoption.js';
import { idSchema, languageSchema, optionalTextSchema, textSchema } from './common.js';

const isoDate = z.iso.date({ error: 'invalidDate' });

export const adoptionMemberSchema = z.object({
  fullName: textSchema(200),
  position: optionalTextSchema(200),
  attended: z.boolean(),
  vote: z.enum(VOTES).nullable(),
});

export const recordAdoptionInput = z.object({
  versionId: idSchema,
  body: z.enum(ADOPTING_BODIES, { error: 'invalidBody' }),
  meetingForm: z.enum(['in_person', 'absentee'], { error: 'invalidForm' }),
  meetingDate: isoDate,
  place: textSchema(300),
  minutesNumber: textSchema(50),
  members: z.array(adoptionMemberSchema).min(1, { error: 'required' }).max(100, { error: 'tooMany' }),
  chairName: textSchema(200),
  secretaryName: textSchema(200),
  dissentingOpinions: optionalTextSchema(10000),
  effectiveDate: isoDate,
  responsibleOfficer: textSchema(200),
  familiarisationDeadline: isoDate,
  extractLanguage: languageSchema,
});
export type RecordAdoptionInput = z.infer<typeof recordAdoptionInput>;

export const adoptionByVersionInput = z.object({ versionId: idSchema });
