import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

const clauseIdSchema = z
  .string({ error: 'required' })
  .regex(/^[a-z0-9-]{1,100}$/, { error: 'invalidClause' });

/** The customization itself is validated by the policy engine's own schema in the service. */
export const saveDraftInput = z.object({
  id: idSchema,
  revision: z.number().int().min(1),
  customization: z.record(z.string(), z.unknown()),
  authoritativeLanguage: languageSchema,
});

export const policyVersionInput = z.object({ id: idSchema });
export const policyRenderInput = z.object({ id: idSchema, language: languageSchema });
export const submitPolicyInput = z.object({ id: idSchema, revision: z.number().int().min(1) });

export const policyCommentInput = z.object({
  id: idSchema,
  clauseId: clauseIdSchema,
  body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(4000, { error: 'tooLong' }),
});

export const reviewTargetInput = z.object({ organizationId: idSchema, versionId: idSchema });
export const reviewCommentInput = reviewTargetInput.extend({
  clauseId: clauseIdSchema,
  body: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(4000, { error: 'tooLong' }),
});
export const reviewDecisionInput = reviewTargetInput.extend({
  decision: z.enum(['approve', 'requestChanges'], { error: 'invalidDecision' }),
  note: z.string().trim().max(4000, { error: 'tooLong' }).optional(),
});

export const applyModelUpdateInput = z.object({
  id: idSchema,
  revision: z.number().int().min(1),
  keep: z.array(clauseIdSchema).max(200).default([]),
});

export const publishModelInput = z.object({
  changelog: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(10000, { error: 'tooLong' }),
});

export const policyModelInput = z
  .object({
    modelVersion: z
      .string()
      .regex(/^[0-9A-Za-z._-]{1,40}$/)
      .optional(),
  })
  .optional();
export const reviewRenderInput = reviewTargetInput.extend({ language: languageSchema });
