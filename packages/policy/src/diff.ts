import type { RenderedClause, RenderedPolicy } from './render.js';
import { diffWords, type WordChange } from './word-diff.js';

export type ClauseStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ClauseDiff {
  id: string;
  status: ClauseStatus;
  /** True for the organisation's own clauses, which reviewers read in full rather than as a diff. */
  custom: boolean;
  titleBefore?: string;
  titleAfter?: string;
  titleChanged: boolean;
  /** Word-level changes, for changed clauses only. */
  words?: WordChange[];
}

export interface PolicyDiff {
  language: string;
  clauses: ClauseDiff[];
  summary: Record<ClauseStatus, number>;
}

/**
 * Compares two renderings in the same language, typically the model's own against an organisation's. The
 * result follows the organisation's order, with removed clauses shown where they stood in the model.
 */
export function diffPolicy(before: RenderedPolicy, after: RenderedPolicy): PolicyDiff {
  if (before.language !== after.language) throw new Error('diffPolicy compares renderings in one language');
  const beforeById = new Map(before.clauses.map((c) => [c.id, c]));
  const afterIds = new Set(after.clauses.map((c) => c.id));

  const removedAfter = new Map<string | null, RenderedClause[]>();
  let anchor: string | null = null;
  for (const clause of before.clauses) {
    if (afterIds.has(clause.id)) {
      anchor = clause.id;
    } else {
      const list = removedAfter.get(anchor) ?? [];
      list.push(clause);
      removedAfter.set(anchor, list);
    }
  }

  const result: ClauseDiff[] = [];
  const pushRemoved = (key: string | null) => {
    for (const clause of removedAfter.get(key) ?? []) {
      result.push({
        id: clause.id,
        status: 'removed',
        custom: clause.source === 'custom',
        titleBefore: clause.title,
        titleChanged: false,
      });
    }
  };
  pushRemoved(null);
  for (const clause of after.clauses) {
    const old = beforeById.get(clause.id);
    const custom = clause.source === 'custom';
    if (!old) {
      result.push({ id: clause.id, status: 'added', custom, titleAfter: clause.title, titleChanged: false });
    } else {
      const titleChanged = old.title !== clause.title;
      const changed = titleChanged || old.text !== clause.text;
      result.push({
        id: clause.id,
        status: changed ? 'changed' : 'unchanged',
        custom,
        titleBefore: old.title,
        titleAfter: clause.title,
        titleChanged,
        ...(changed ? { words: diffWords(old.text, clause.text) } : {}),
      });
    }
    pushRemoved(clause.id);
  }

  const summary: Record<ClauseStatus, number> = { added: 0, removed: 0, changed: 0, unchanged: 0 };
  for (const entry of result) summary[entry.status]++;
  return { language: after.language, clauses: result, summary };
}
