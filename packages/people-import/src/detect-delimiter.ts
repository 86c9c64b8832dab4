import { parseCsv } from './parse-csv.js';

const CANDIDATES = [';', ',', '\t'] as const;
const SAMPLE_RECORDS = 50;

function isBlank(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

function consistency(text: string, delimiter: string): { rows: number; width: number } {
  let records: string[][];
  try {
    records = parseCsv(text, delimiter, SAMPLE_RECORDS).map((record) => record.cells);
  } catch {
    return { rows: 0, width: 0 };
  }
  const widths = new Map<number, number>();
  for (const cells of records) {
    if (isBlank(cells)) continue;
    widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  }
  let best = { rows: 0, width: 0 };
  for (const [width, rows] of widths) {
    if (width < 2) continue;
    if (rows > best.rows || (rows === best.rows && width > best.width)) best = { rows, width };
  }
  return best;
}

/**
 * Picks the separator that splits the most sample rows into the same number of columns. Counting
 * characters alone misleads: Russian positions and names often hold commas inside `;`-separated files.
 */
export function detectDelimiter(text: string): string {
  let chosen: string = CANDIDATES[0];
  let best = { rows: 0, width: 0 };
  for (const candidate of CANDIDATES) {
    const score = consistency(text, candidate);
    if (score.rows > best.rows || (score.rows === best.rows && score.width > best.width)) {
      chosen = candidate;
      best = score;
    }
  }
  return chosen;
}
