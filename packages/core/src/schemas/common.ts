import { z } from 'zod';
import { LANGUAGES } from '../languages.js';

export const idSchema = z.uuid({ error: 'invalidId' });
export const languageSchema = z.enum(LANGUAGES, { error: 'invalidLanguage' });
export const emailSchema = z
  .email({ error: 'invalidEmail' })
  .max(254, { error: 'tooLong' })
  .transform((value) => value.trim().toLowerCase());

export function textSchema(max: number) {
  return z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });
}

export function optionalTextSchema(max: number) {
  return z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const pageSchema = z.object({
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export const passwordSchema = z
  .string({ error: 'required' })
  .min(10, { error: 'passwordTooShort' })
  .max(200, { error: 'tooLong' });

export const localizedNamesSchema = z.object({
  kk: textSchema(200),
  ru: textSchema(200),
  en: textSchema(200),
});
