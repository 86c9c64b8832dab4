import { z } from 'zod';
import type { ModelPolicy } from './model.js';
import { ORGANISATION_KINDS, type OrganisationKind } from './types.js';

const MAX_CUSTOM_TEXT = 20_000;

const partialMultilingual = (max: number) =>
  z.strictObject({ kk: z.string().max(max), ru: z.string().max(max), en: z.string().max(max) }).partial();

export const customClauseSchema = z.strictObject({
  // The prefix keeps custom ids from ever colliding with model clause ids.
  id: z.string().regex(/^custom-[a-z0-9]+(-[a-z0-9]+)*$/, 'custom clause ids look like custom-some-name'),
  /** Model clause after which the custom clause appears. */
  afterClauseId: z.string().min(1),
  title: partialMultilingual(300),
  /** Markdown subset: paragraphs, **bold**, *italic*, "- " and "1. " lists. Everything else is literal. */
  body: partialMultilingual(MAX_CUSTOM_TEXT),
});
export type CustomClause = z.infer<typeof customClauseSchema>;

const valueSchema = z.union([
  z.string().max(MAX_CUSTOM_TEXT),
  z.number(),
  partialMultilingual(MAX_CUSTOM_TEXT),
]);

/**
 * An organisation's adaptation of the model. Shape only: whether values fit their variables, and whether the
 * result still meets the standards, is `checkCompliance`'s job, so an incomplete draft can still be saved.
 */
export const customizationSchema = z.strictObject({
  /** Model version the organisation last reviewed its adaptation against. */
  modelVersion: z.string().optional(),
  organisationKind: z.enum(ORGANISATION_KINDS),
  values: z.record(z.string(), valueSchema).default({}),
  /** Clause id → on/off. Optional clauses default to the manifest's defaultEnabled, mandatory ones to on. */
  clauseSwitches: z.record(z.string(), z.boolean()).default({}),
  customClauses: z.array(customClauseSchema).max(50).default([]),
});
export type Customization = z.infer<typeof customizationSchema>;
export type CustomizationInput = z.input<typeof customizationSchema>;

export class PolicyCustomizationError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Invalid policy customization: ${issues.join('; ')}`);
    this.name = 'PolicyCustomizationError';
  }
}

export function parseCustomization(input: unknown): Customization {
  const result = customizationSchema.safeParse(input);
  if (!result.success) {
    throw new PolicyCustomizationError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return result.data;
}

/** The untouched model for one kind of organisation: defaults everywhere, no custom clauses. */
export function defaultCustomization(model: ModelPolicy, kind: OrganisationKind): Customization {
  return {
    modelVersion: model.manifest.modelVersion,
    organisationKind: kind,
    values: {},
    clauseSwitches: {},
    customClauses: [],
  };
}

/** Whether a model clause is part of this organisation's policy. */
export function isClauseActive(model: ModelPolicy, customization: Customization, clauseId: string): boolean {
  const clause = model.clauseById.get(clauseId);
  if (!clause) return false;
  if (clause.appliesTo !== 'both' && clause.appliesTo !== customization.organisationKind) return false;
  const fallback = clause.kind === 'mandatory' ? true : (clause.defaultEnabled ?? false);
  return customization.clauseSwitches[clauseId] ?? fallback;
}
