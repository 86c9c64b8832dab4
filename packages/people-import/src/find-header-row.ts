import { isKnownHeaderWord } from './header-words.js';
import { SheetReadError } from './sheet-read-error.js';
import type { SheetRow } from './types.js';

const MIN_HEADER_CELLS = 3;
// A header sits near the top; looking further would only risk taking a data row for it.
const SEARCH_ROWS = 30;

function filledCells(row: SheetRow): string[] {
  return row.cells.filter((cell) => cell.trim() !== '');
}

/**
 * Exports open with a merged title ("Список сотрудников … на 01.11.2026"), blank rows or a period line.
 * The header is the first row with at least three recognised column names; failing that, the first row
 * with at least three filled cells, so a file with unfamiliar headers can still be mapped by hand.
 */
export function findHeaderRow(rows: SheetRow[]): number {
  const candidates = rows.slice(0, SEARCH_ROWS);
  const recognised = candidates.findIndex(
    (row) => filledCells(row).filter(isKnownHeaderWord).length >= MIN_HEADER_CELLS,
  );
  if (recognised !== -1) return recognised;
  const wide = candidates.findIndex((row) => filledCells(row).length >= MIN_HEADER_CELLS);
  if (wide !== -1) return wide;
  throw new SheetReadError('noHeaderRow');
}
