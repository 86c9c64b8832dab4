import { DomainError } from '@qorgau/core';
import {
  type Customization,
  type Language,
  loadModelPolicy,
  type ModelPolicy,
  PolicyCustomizationError,
  parseCustomization,
} from '@qorgau/policy';
import { TEMPLATES_DIR } from '../../paths.js';

export function currentModel(): ModelPolicy {
  return loadModelPolicy(`${TEMPLATES_DIR}/policy`);
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

export function modelForm() {
  const { manifest } = currentModel();
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
      title: clause.title,
    })),
    variables: manifest.variables,
  };
}

export type { Language };
