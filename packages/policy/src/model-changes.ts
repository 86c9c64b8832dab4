import type { ManifestClause, ManifestVariable } from './manifest-schema.js';
import type { ModelPolicy } from './model.js';
import { LANGUAGES, type Language } from './types.js';

export interface ModelClauseChange {
  clauseId: string;
  change: 'added' | 'removed' | 'changed';
  /** Languages whose template text changed. */
  languages: Language[];
  /** True when the clause's metadata (title, status, coverage, scope, variables) changed. */
  metadataChanged: boolean;
}

const normalise = (source: string) => source.normalize('NFC').replace(/\s+/g, ' ').trim();

function metadataKey(clause: ManifestClause, model: ModelPolicy): string {
  const { order: _order, reviewNotes: _notes, ...rest } = clause;
  // A new default or cap changes the text of every organisation that kept the default.
  const variables = clause.variables.map((name) => variableKey(model.variables.get(name)));
  return JSON.stringify([rest, variables]);
}

function variableKey(variable: ManifestVariable | undefined): string {
  if (!variable) return '';
  const { label: _label, help: _help, group: _group, ...rest } = variable;
  return JSON.stringify(rest);
}

/**
 * Clauses that differ between two model versions, in the new model's order (removed ones last), so the app
 * can say "the model changed: N clauses" and show which. Reordering or review notes alone are not changes
 * an organisation has to re-adopt.
 */
export function modelChanges(oldModel: ModelPolicy, newModel: ModelPolicy): ModelClauseChange[] {
  const changes: ModelClauseChange[] = [];
  for (const clause of newModel.clauses) {
    const old = oldModel.clauseById.get(clause.id);
    if (!old) {
      changes.push({
        clauseId: clause.id,
        change: 'added',
        languages: [...LANGUAGES],
        metadataChanged: true,
      });
      continue;
    }
    const languages = LANGUAGES.filter(
      (lang) =>
        normalise(oldModel.sources[lang].get(clause.id) ?? '') !==
        normalise(newModel.sources[lang].get(clause.id) ?? ''),
    );
    const metadataChanged = metadataKey(old, oldModel) !== metadataKey(clause, newModel);
    if (languages.length > 0 || metadataChanged) {
      changes.push({ clauseId: clause.id, change: 'changed', languages, metadataChanged });
    }
  }
  for (const clause of oldModel.clauses) {
    if (!newModel.clauseById.has(clause.id)) {
      changes.push({ clauseId: clause.id, change: 'removed', languages: [], metadataChanged: true });
    }
  }
  return changes;
}

export function changedClauseIds(oldModel: ModelPolicy, newModel: ModelPolicy): string[] {
  return modelChanges(oldModel, newModel).map((c) => c.clauseId);
}
