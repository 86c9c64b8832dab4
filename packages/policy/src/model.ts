import {
  type Manifest,
  type ManifestClause,
  type ManifestVariable,
  manifestSchema,
} from './manifest-schema.js';
import { MANDATORY_ELEMENTS } from './standards.js';
import { analyseTemplate } from './template-analysis.js';
import { LANGUAGES, type Language, ORGANISATION_KINDS } from './types.js';
import { validateValue } from './values.js';

export interface ModelPolicy {
  readonly manifest: Manifest;
  /** Clauses sorted by `order`. */
  readonly clauses: readonly ManifestClause[];
  readonly clauseById: ReadonlyMap<string, ManifestClause>;
  readonly variables: ReadonlyMap<string, ManifestVariable>;
  /** Handlebars source per language and clause id. */
  readonly sources: Readonly<Record<Language, ReadonlyMap<string, string>>>;
}

export type TemplateSources = Readonly<Record<Language, Readonly<Record<string, string>>>>;

export class PolicyModelError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid model policy:\n- ${problems.join('\n- ')}`);
    this.name = 'PolicyModelError';
  }
}

/**
 * Validates a manifest together with its templates and returns the model. Pure: `loadModelPolicy` does the
 * file reading, and tests can build variants of the model in memory.
 */
export function buildModelPolicy(manifestInput: unknown, sources: TemplateSources): ModelPolicy {
  const parsed = manifestSchema.safeParse(manifestInput);
  if (!parsed.success) {
    throw new PolicyModelError(parsed.error.issues.map((i) => `manifest ${i.path.join('.')}: ${i.message}`));
  }
  const manifest = parsed.data;
  const problems: string[] = [];

  const clauseById = uniqueBy(manifest.clauses, (c) => c.id, 'clause id', problems);
  uniqueBy(manifest.clauses, (c) => String(c.order), 'clause order', problems);
  const variables = uniqueBy(manifest.variables, (v) => v.name, 'variable', problems);

  checkClauseMetadata(manifest, problems);
  checkVariables(manifest, variables, problems);
  checkTemplates(manifest, variables, clauseById, sources, problems);
  checkCoverage(manifest, problems);

  if (problems.length > 0) throw new PolicyModelError(problems);

  const clauses = [...manifest.clauses].sort((a, b) => a.order - b.order);
  const sourceMaps = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, new Map(clauses.map((c) => [c.id, sources[lang][c.id] ?? '']))]),
  ) as Record<Language, Map<string, string>>;
  return Object.freeze({ manifest, clauses, clauseById, variables, sources: sourceMaps });
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string, what: string, problems: string[]) {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (map.has(k)) problems.push(`duplicate ${what} "${k}"`);
    map.set(k, item);
  }
  return map;
}

function checkClauseMetadata(manifest: Manifest, problems: string[]): void {
  if (!manifest.changelog.some((entry) => entry.version === manifest.modelVersion)) {
    problems.push(`changelog has no entry for model version ${manifest.modelVersion}`);
  }
  for (const clause of manifest.clauses) {
    if (clause.kind === 'mandatory' && clause.defaultEnabled !== undefined) {
      problems.push(`mandatory clause ${clause.id} cannot have defaultEnabled`);
    }
  }
}

function checkVariables(
  manifest: Manifest,
  variables: Map<string, ManifestVariable>,
  problems: string[],
): void {
  for (const variable of manifest.variables) {
    for (const kind of ORGANISATION_KINDS) {
      const fallback =
        kind === 'university' && 'defaultUniversity' in variable ? variable.defaultUniversity : undefined;
      for (const value of [variable.default, fallback]) {
        if (value === undefined) continue;
        const result = validateValue(variable, value);
        if (!result.ok) problems.push(`default of ${variable.name} is invalid: ${result.reason}`);
      }
    }
    if (variable.type === 'integer' && variable.cap !== undefined && variable.default > variable.cap) {
      problems.push(`default of ${variable.name} exceeds its cap`);
    }
  }
  const integerNames = [...manifest.caseBudget.steps, manifest.caseBudget.total];
  for (const relation of manifest.relations) integerNames.push(relation.left, relation.right);
  for (const name of integerNames) {
    if (variables.get(name)?.type !== 'integer') problems.push(`${name} must be an integer variable`);
  }
}

function checkTemplates(
  manifest: Manifest,
  variables: Map<string, ManifestVariable>,
  clauseById: Map<string, ManifestClause>,
  sources: TemplateSources,
  problems: string[],
): void {
  const used = new Set<string>();
  for (const lang of LANGUAGES) {
    const files = sources[lang] ?? {};
    for (const id of Object.keys(files)) {
      if (!clauseById.has(id)) problems.push(`${lang}/${id}.hbs has no clause in the manifest`);
    }
    for (const clause of manifest.clauses) {
      const source = files[clause.id];
      if (source === undefined || source.trim() === '') {
        problems.push(`${lang}/${clause.id}.hbs is missing or empty`);
        continue;
      }
      const analysis = analyseTemplate(source, variables, `${lang}/${clause.id}.hbs`);
      problems.push(...analysis.problems);
      for (const ref of analysis.clauseRefs) {
        if (!clauseById.has(ref)) problems.push(`${lang}/${clause.id}.hbs tests unknown clause "${ref}"`);
      }
      const declared = new Set(clause.variables);
      for (const name of analysis.variables) {
        used.add(name);
        if (!declared.has(name))
          problems.push(`${lang}/${clause.id}.hbs uses ${name}, not declared in manifest`);
      }
      for (const name of declared) {
        if (!analysis.variables.has(name))
          problems.push(`${lang}/${clause.id}.hbs never uses declared ${name}`);
      }
    }
  }
  for (const name of variables.keys()) {
    if (!used.has(name)) problems.push(`variable ${name} is not used by any template`);
  }
}

/** The model itself must satisfy the standards, for companies and universities alike. */
function checkCoverage(manifest: Manifest, problems: string[]): void {
  for (const kind of ORGANISATION_KINDS) {
    const covered = new Set(
      manifest.clauses
        .filter((c) => c.kind === 'mandatory' && (c.appliesTo === 'both' || c.appliesTo === kind))
        .flatMap((c) => c.covers),
    );
    for (const element of MANDATORY_ELEMENTS) {
      if (!covered.has(element.id)) problems.push(`no mandatory clause covers ${element.id} for a ${kind}`);
    }
  }
}
