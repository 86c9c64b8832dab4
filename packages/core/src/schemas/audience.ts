import { z } from 'zod';
import { idSchema, textSchema } from './common.js';
import { PERSON_KINDS } from './people.js';

const isoDate = z.iso.date({ error: 'invalidDate' });

function distinct<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/**
 * Who a campaign is for. Every criterion given must hold; within one, any listed value matches;
 * with none, everyone active. The "roles" a directory knows are a person's kind (employee or
 * student) and the position HR recorded (matched ignoring case and surrounding spaces). A person
 * joined on their hiring date, or on the day they were added when the directory has none.
 */
export const audienceSchema = z.strictObject({
  unitIds: z
    .array(idSchema)
    .min(1, { error: 'chooseUnit' })
    .max(500, { error: 'tooMany' })
    .transform(distinct)
    .optional(),
  kinds: z
    .array(z.enum(PERSON_KINDS, { error: 'invalidKind' }))
    .min(1, { error: 'chooseRole' })
    .max(PERSON_KINDS.length, { error: 'tooMany' })
    .transform(distinct)
    .optional(),
  positions: z
    .array(textSchema(200))
    .min(1, { error: 'chooseRole' })
    .max(200, { error: 'tooMany' })
    .transform(distinct)
    .optional(),
  joinedSince: isoDate.optional(),
});
export type Audience = z.infer<typeof audienceSchema>;

export const audienceSizeInput = z.object({ audience: audienceSchema });
