import { isIdentityHeader } from './header-words.js';
import type { SheetRow } from './types.js';

const IIN_LIKE = /^\d{12}$/;
const SAMPLE_ROWS = 200;
const SHARE = 0.9;

function looksLikeIinColumn(rows: SheetRow[], column: number): boolean {
  let filled = 0;
  let iinLike = 0;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const value = (row.cells[column] ?? '').trim();
    if (value === '') continue;
    filled++;
    if (IIN_LIKE.test(value)) iinLike++;
  }
  return filled > 0 && iinLike / filled >= SHARE;
}

/**
 * Columns holding national identity numbers: by their header, or by content, since exports also label
 * the ИИН "Идентификатор" or leave the header blank. We never need it, so it is dropped while reading,
 * before any other code (or a preview shown to the user) can see it.
 */
export function identityColumns(headers: string[], rows: SheetRow[]): Set<number> {
  const found = new Set<number>();
  headers.forEach((header, column) => {
    if (isIdentityHeader(header) || looksLikeIinColumn(rows, column)) found.add(column);
  });
  return found;
}
