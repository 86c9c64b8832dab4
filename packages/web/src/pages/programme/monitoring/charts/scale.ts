/** Maps a value of [d0, d1] onto [r0, r1]; a flat domain maps to the start of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** Evenly spaced picks from a list, always keeping the first and the last, for axis labels that must not collide. */
export function spreadPicks<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  if (most <= 1) return items.slice(-1);
  const picks: T[] = [];
  const step = (items.length - 1) / (most - 1);
  for (let index = 0; index < most; index += 1) {
    const item = items[Math.round(index * step)];
    if (item !== undefined && !picks.includes(item)) picks.push(item);
  }
  return picks;
}

export function polylinePoints(points: readonly { x: number; y: number }[]): string {
  return points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
}

/** A ratio in [0, 1], whatever rounding or stale counters sent. */
export function clampRatio(value: number): number {
  return Math.min(1, Math.max(0, value));
}

// An average letter of the 13px chart font, Cyrillic included, with a little to spare.
const CHAR_WIDTH = 7.6;

/** Roughly how wide a chart label is drawn: enough to keep two labels on one line from overlapping. */
export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/** Shortens a label to what fits in `width` pixels, ending in "…"; the data table has it in full. */
export function fitLabel(text: string, width: number): string {
  const most = Math.max(4, Math.floor(width / CHAR_WIDTH));
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}
