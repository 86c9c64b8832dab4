import type { PolicyModel, ReviewDetail } from '../../../app/types';
import { type Customization, clauseOutline, isClauseOn } from '../../policy/customization';
import { ELEMENT_IDS } from '../../policy/issues';

/**
 * review.get does not carry the model yet, so reviewers see clause ids in words rather than the model's
 * titles. Once the API adds `model` (policy.model's shape, for the version's model), titles, labels and
 * the full clause list appear without further changes here.
 */
export function modelOf(detail: ReviewDetail): PolicyModel | null {
  if (!('model' in detail)) return null;
  const candidate: unknown = detail.model;
  if (typeof candidate !== 'object' || candidate === null) return null;
  const { clauses, variables } = candidate as { clauses?: unknown; variables?: unknown };
  const clausesOk =
    Array.isArray(clauses) &&
    clauses.every(
      (clause: unknown) =>
        typeof clause === 'object' &&
        clause !== null &&
        typeof (clause as { id?: unknown }).id === 'string' &&
        typeof (clause as { title?: unknown }).title === 'object',
    );
  return clausesOk && Array.isArray(variables) ? (candidate as PolicyModel) : null;
}

export type ClauseOption = { id: string; custom: boolean };

/**
 * The clauses a reviewer can comment on, in document order. Without the model: every clause the
 * version's data names (coverage, switches, own clauses, comments, issues), coverage in element order.
 */
export function reviewClauses(
  detail: ReviewDetail,
  customization: Customization,
  model: PolicyModel | null,
): ClauseOption[] {
  if (model) {
    return clauseOutline(model.clauses, customization)
      .filter((entry) => entry.source === 'custom' || isClauseOn(entry.clause, customization))
      .map((entry) => ({ id: entry.id, custom: entry.source === 'custom' }));
  }
  const { compliance, version } = detail;
  const ids: string[] = [];
  const add = (id: string | undefined) => {
    if (id && !id.startsWith('custom-') && !ids.includes(id)) ids.push(id);
  };
  for (const element of ELEMENT_IDS) for (const id of compliance.coverage[element]) add(id);
  for (const [id, on] of Object.entries(customization.clauseSwitches)) if (on) add(id);
  for (const comment of version.comments) add(comment.clauseId);
  for (const issue of [...compliance.blocking, ...compliance.warnings]) add(issue.clauseId);
  const options: ClauseOption[] = [];
  const placed = new Set<string>();
  for (const id of ids) {
    options.push({ id, custom: false });
    for (const custom of customization.customClauses) {
      if (custom.afterClauseId !== id) continue;
      options.push({ id: custom.id, custom: true });
      placed.add(custom.id);
    }
  }
  for (const custom of customization.customClauses) {
    if (!placed.has(custom.id)) options.push({ id: custom.id, custom: true });
  }
  return options;
}
