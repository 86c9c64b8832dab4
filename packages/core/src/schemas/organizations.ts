import { z } from 'zod';
import { isValidBin } from '../bin.js';
import { emailSchema, idSchema, languageSchema, localizedNamesSchema, textSchema } from './common.js';

export const ORGANIZATION_KINDS = ['ngo', 'company', 'university'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export const ORGANIZATION_STATUSES = ['active', 'suspended'] as const;

export const binSchema = z.string({ error: 'required' }).trim().refine(isValidBin, { error: 'invalidBin' });

export const createOrganizationInput = z.object({
  kind: z.enum(['company', 'university'], { error: 'invalidKind' }),
  names: localizedNamesSchema,
  bin: binSchema,
  defaultLanguage: languageSchema,
});

export const inviteOfficerInput = z.object({
  organizationId: idSchema,
  email: emailSchema,
  fullName: textSchema(200),
  language: languageSchema,
});
