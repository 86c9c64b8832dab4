import type { ColumnMapping } from './column-mapping.js';
import { type MappableField, matchHeader } from './header-words.js';

/**
 * Proposes a mapping from the headers; the user confirms or corrects it. Exact header matches win over
 * headers that merely contain a known phrase, and each field and each column is used at most once.
 */
export function suggestMapping(headers: string[]): ColumnMapping {
  const candidates = headers
    .map((header, column) => ({ column, match: matchHeader(header) }))
    .filter((candidate): candidate is { column: number; match: NonNullable<typeof candidate.match> } =>
      Boolean(candidate.match),
    )
    .sort((a, b) => b.match.score - a.match.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const taken = new Set<MappableField>();
  for (const { column, match } of candidates) {
    if (taken.has(match.field)) continue;
    taken.add(match.field);
    mapping[match.field] = column;
  }
  return mapping;
}
