import { z } from 'zod';
import { ELEMENT_IDS } from './standards.js';
import { LANGUAGES } from './types.js';

const nonEmpty = z.string().trim().min(1);

export const multilingualSchema = z.strictObject({ kk: nonEmpty, ru: nonEmpty, en: nonEmpty });

const appliesToSchema = z.enum(['company', 'university', 'both']);
export type AppliesTo = z.infer<typeof appliesToSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const reviewNoteSchema = z.strictObject({
  reviewer: z.enum(['lawyer', 'legalTranslator']),
  languages: z.array(z.enum(LANGUAGES)).min(1),
  /** Which passage needs review, in words a reviewer can find in the text. */
  passage: nonEmpty,
  note: nonEmpty,
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const clauseSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'kebab-case clause id'),
  order: z.number().int().positive(),
  kind: z.enum(['mandatory', 'optional']),
  appliesTo: appliesToSchema,
  /** Optional clauses only: whether a fresh customization starts with the clause switched on. */
  defaultEnabled: z.boolean().optional(),
  covers: z.array(z.enum(ELEMENT_IDS)),
  /** Must equal the variables the clause's templates reference; checked at load time. */
  variables: z.array(z.string()),
  title: multilingualSchema,
  reviewNotes: z.array(reviewNoteSchema).default([]),
});
export type ManifestClause = z.infer<typeof clauseSchema>;

const variableName = z.string().regex(/^[a-z][A-Za-z0-9]*$/, 'camelCase variable name');

const variableBase = {
  name: variableName,
  label: multilingualSchema,
  help: multilingualSchema,
  /** Required variables must have a value whenever a clause that uses them is in the policy. */
  required: z.boolean(),
  appliesTo: appliesToSchema.default('both'),
  group: z.enum(['organisation', 'contacts', 'procedure', 'support', 'prevention', 'records', 'leadership']),
};

const lengthConstraints = z
  .strictObject({ maxLength: z.number().int().positive() })
  .default({ maxLength: 300 });

export const textVariableSchema = z.strictObject({
  ...variableBase,
  type: z.literal('text'),
  constraints: lengthConstraints,
  default: z.string().optional(),
});

export const multilingualTextVariableSchema = z.strictObject({
  ...variableBase,
  type: z.literal('multilingualText'),
  constraints: lengthConstraints,
  default: multilingualSchema.optional(),
  defaultUniversity: multilingualSchema.optional(),
});

const simpleVariable = <T extends 'email' | 'phone' | 'url'>(type: T) =>
  z.strictObject({ ...variableBase, type: z.literal(type), default: z.string().optional() });

export const emailVariableSchema = simpleVariable('email');
export const phoneVariableSchema = simpleVariable('phone');
export const urlVariableSchema = simpleVariable('url');

export const INTEGER_UNITS = ['days', 'workingDays', 'months', 'years', 'percent'] as const;
export type IntegerUnit = (typeof INTEGER_UNITS)[number];

export const integerVariableSchema = z.strictObject({
  ...variableBase,
  type: z.literal('integer'),
  unit: z.enum(INTEGER_UNITS),
  default: z.number().int(),
  /** Plausibility bounds: a value outside them is invalid input, not a policy choice. */
  constraints: z.strictObject({ min: z.number().int(), max: z.number().int() }),
  /** The standards' limit: a value above it fails compliance. */
  cap: z.number().int().optional(),
  /** Which direction weakens protection, for the "looser than the model" warning. */
  looserWhen: z.enum(['higher', 'lower']).default('higher'),
});

export const dateVariableSchema = z.strictObject({
  ...variableBase,
  type: z.literal('date'),
  default: isoDate.optional(),
});

export const enumVariableSchema = z.strictObject({
  ...variableBase,
  type: z.literal('enum'),
  options: z
    .array(
      z.strictObject({
        value: variableName,
        label: multilingualSchema,
        appliesTo: appliesToSchema.default('both'),
      }),
    )
    .min(2),
  default: z.string().optional(),
  defaultUniversity: z.string().optional(),
});

export const variableSchema = z.discriminatedUnion('type', [
  textVariableSchema,
  multilingualTextVariableSchema,
  emailVariableSchema,
  phoneVariableSchema,
  urlVariableSchema,
  integerVariableSchema,
  dateVariableSchema,
  enumVariableSchema,
]);
export type ManifestVariable = z.infer<typeof variableSchema>;
export type VariableType = ManifestVariable['type'];
export type IntegerVariable = z.infer<typeof integerVariableSchema>;
export type EnumVariable = z.infer<typeof enumVariableSchema>;

export const relationSchema = z.strictObject({
  kind: z.enum(['lessThan', 'lessThanOrEqual']),
  left: variableName,
  right: variableName,
  message: nonEmpty,
});
export type Relation = z.infer<typeof relationSchema>;

export const manifestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  modelVersion: z.string().regex(/^\d{4}\.\d+\.\d+$/, 'YYYY.MINOR.PATCH'),
  title: multilingualSchema,
  changelog: z
    .array(
      z.strictObject({ version: nonEmpty, date: isoDate, summary: nonEmpty, clauses: z.array(z.string()) }),
    )
    .min(1),
  clauses: z.array(clauseSchema).min(1),
  variables: z.array(variableSchema).min(1),
  relations: z.array(relationSchema).default([]),
  /**
   * Steps whose worst-case durations, added up in calendar days, must fit in the whole-case limit: this is
   * how the one-year cap constrains the individual time limits.
   */
  caseBudget: z.strictObject({ total: variableName, steps: z.array(variableName).min(1) }),
});
export type Manifest = z.infer<typeof manifestSchema>;
