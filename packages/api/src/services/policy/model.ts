import { DomainError, notFound } from '@qorgau/core';
import { type Executor, policyRepository } from '@qorgau/db';
import {
  buildModelPolicy,
  type Customization,
  LANGUAGES,
  type Language,
  loadModelPolicy,
  type ModelPolicy,
  PolicyCustomizationError,
  PolicyModelError,
  parseCustomization,
  type TemplateSources,
} from '@qorgau/policy';
import { TEMPLATES_DIR } from '../../paths.js';

/** The model in templates/policy: what a deployment ships, published by project staff. */
export function shippedModel(): ModelPolicy {
  return loadModelPolicy(`${TEMPLATES_DIR}/policy`);
}

export function sourcesOf(model: ModelPolicy): Record<Language, Record<string, string>> {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, Object.fromEntries(model.sources[language])]),
  ) as Record<Language, Record<string, string>>;
}

const published = new Map<string, ModelPolicy>();

/** Published models never change (append-only table), so each is built once per process. */
export async function modelByVersion(db: Executor, version: string): Promise<ModelPolicy> {
  const cached = published.get(version);
  if (cached) return cached;
  const row = await policyRepository.findPolicyModel(db, version);
  if (!row) throw notFound('policyModel');
  const model = buildModelPolicy(row.manifest, row.sources as TemplateSources);
  published.set(version, model);
  return model;
}

export async function latestModel(db: Executor): Promise<ModelPolicy> {
  const latest = await policyRepository.latestPolicyModelVersion(db);
  if (!latest) throw new DomainError('CONFLICT', 'policy.noModelPublished');
  return modelByVersion(db, latest.version);
}

const merged = new Map<string, ModelPolicy>();

/** A version's model: its base model, with the clauses it kept from older models swapped back in. */
export async function modelForVersion(
  db: Executor,
  version: { modelVersion: string; clausePins: Record<string, string> },
): Promise<ModelPolicy> {
  const base = await modelByVersion(db, version.modelVersion);
  const pins = Object.entries(version.clausePins).sort(([a], [b]) => a.localeCompare(b));
  if (pins.length === 0) return base;
  const key = JSON.stringify([version.modelVersion, pins]);
  const cached = merged.get(key);
  if (cached) return cached;
  const sources = sourcesOf(base);
  for (const [clauseId, pinnedVersion] of pins) {
    const older = await modelByVersion(db, pinnedVersion);
    for (const language of LANGUAGES) {
      const text = older.sources[language].get(clauseId);
      if (text === undefined) throw new DomainError('INVALID', 'policy.cannotKeepClause', clauseId);
      sources[language][clauseId] = text;
    }
  }
  try {
    const model = buildModelPolicy(base.manifest, sources);
    merged.set(key, model);
    return model;
  } catch (error) {
    // The kept text uses variables the new model no longer defines for that clause.
    if (error instanceof PolicyModelError)
      throw new DomainError('INVALID', 'policy.cannotKeepClause', 'keep');
    throw error;
  }
}

/** The engine's own schema decides what a customization may hold; its complaint becomes a 400. */
export function validCustomization(input: unknown): Customization {
  try {
    return parseCustomization(input);
  } catch (error) {
    if (error instanceof PolicyCustomizationError) {
      throw new DomainError('INVALID', 'policy.invalidCustomization', 'customization');
    }
    throw error;
  }
}

export async function modelForm(db: Executor, modelVersion?: string) {
  const model = modelVersion ? await modelByVersion(db, modelVersion) : await latestModel(db);
  return formOf(model);
}

/** What an editor needs to build the form: clauses, variables, labels and help in three languages. */
export function formOf(model: ModelPolicy) {
  const { manifest } = model;
  return {
    modelVersion: manifest.modelVersion,
    title: manifest.title,
    changelog: manifest.changelog,
    clauses: manifest.clauses.map((clause) => ({
      id: clause.id,
      order: clause.order,
      kind: clause.kind,
      appliesTo: clause.appliesTo,
      defaultEnabled: clause.defaultEnabled ?? true,
      covers: clause.covers,
      variables: clause.variables,
      title: clause.title,
    })),
    variables: manifest.variables,
  };
}

/** First start of a deployment: the shipped model becomes the first published one. */
export async function bootstrapPolicyModel(ownerDb: Executor): Promise<boolean> {
  const model = shippedModel();
  return policyRepository.insertInitialPolicyModel(ownerDb, {
    version: model.manifest.modelVersion,
    manifest: model.manifest,
    sources: sourcesOf(model),
    changelog: model.manifest.changelog.at(-1)?.summary ?? 'Initial model policy',
  });
}

export type { Language };
