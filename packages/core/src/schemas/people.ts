import { z } from 'zod';
import {
  emailSchema,
  idSchema,
  languageSchema,
  optionalTextSchema,
  pageSchema,
  textSchema,
} from './common.js';

export const PERSON_KINDS = ['employee', 'student'] as const;
export const PERSON_STATUSES = ['active', 'inactive'] as const;
export const PEOPLE_SORT_FIELDS = ['fullName', 'position', 'unit', 'number', 'createdAt'] as const;

export const personFieldsSchema = z.object({
  fullName: textSchema(200),
  email: emailSchema.optional(),
  position: optionalTextSchema(200),
  unitId: idSchema.optional(),
  number: optionalTextSchema(50),
  kind: z.enum(PERSON_KINDS, { error: 'invalidKind' }).default('employee'),
  language: languageSchema,
});

export const createPersonInput = personFieldsSchema;
export const updatePersonInput = personFieldsSchema.extend({ id: idSchema });
export const personIdInput = z.object({ id: idSchema });

export const listPeopleInput = pageSchema.extend({
  search: z.string().trim().max(200, { error: 'tooLong' }).optional(),
  unitId: idSchema.optional(),
  status: z.enum(PERSON_STATUSES).optional(),
  sortBy: z.enum(PEOPLE_SORT_FIELDS).default('fullName'),
  sortDirection: z.enum(['asc', 'desc']).default('asc'),
});
export type ListPeopleInput = z.infer<typeof listPeopleInput>;

export const invitePersonInput = z.object({
  personId: idSchema,
  role: z.enum(['member', 'hr_officer', 'board_secretary', 'ethics_officer']).default('member'),
});

export const invitationIdInput = z.object({ id: idSchema });

export const importApplyInput = z.object({ runId: idSchema, deactivateMissing: z.boolean().default(false) });
export const importRunInput = z.object({ runId: idSchema });
