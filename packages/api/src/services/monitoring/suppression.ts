/** Shown instead of any count under five, so no case can be recognised from a report. */
export const SUPPRESSED = '<5' as const;
export type SuppressedCount = number | typeof SUPPRESSED;
export const SMALL_COUNT_LIMIT = 5;

export function suppress(value: number): SuppressedCount {
  return value < SMALL_COUNT_LIMIT ? SUPPRESSED : value;
}

/**
 * Suppresses a breakdown whose total is shown. When exactly one cell is hidden, it could be
 * recovered as the total minus the others, so the next smallest shown cell is hidden too.
 */
export function suppressBreakdown<K extends string>(
  cells: Record<K, number>,
  totalShown: boolean,
): Record<K, SuppressedCount> {
  const keys = Object.keys(cells) as K[];
  const hidden = new Set(keys.filter((key) => cells[key] < SMALL_COUNT_LIMIT));
  if (totalShown && hidden.size === 1) {
    const next = keys
      .filter((key) => !hidden.has(key))
      .sort((a, b) => cells[a] - cells[b])
      .at(0);
    if (next !== undefined) hidden.add(next);
  }
  return Object.fromEntries(keys.map((key) => [key, hidden.has(key) ? SUPPRESSED : cells[key]])) as Record<
    K,
    SuppressedCount
  >;
}
