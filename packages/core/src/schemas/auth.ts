import { z } from 'zod';
import { emailSchema, idSchema, languageSchema, passwordSchema, textSchema } from './common.js';

export const signInInput = z.object({
  email: emailSchema,
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
});

export const requestPasswordResetInput = z.object({ email: emailSchema });

const tokenSchema = z
  .string({ error: 'required' })
  .regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'invalidToken' });

export const resetPasswordInput = z.object({ token: tokenSchema, password: passwordSchema });

export const acceptInvitationInput = z.object({
  token: tokenSchema,
  fullName: textSchema(200),
  password: passwordSchema,
});

export const invitationPreviewInput = z.object({ token: tokenSchema });

export const switchOrganizationInput = z.object({ organizationId: idSchema });

export const setLanguageInput = z.object({ language: languageSchema });

export const redeemLinkInput = z.object({ token: tokenSchema });
