import { readSheet as readFirstWorksheet } from 'read-excel-file/node';
import { SheetReadError } from './sheet-read-error.js';
import type { SheetRow } from './types.js';

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Date cells arrive as UTC midnight (plus the time of day, if any), so the UTC date is the calendar date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Reads the first worksheet; row i of the result is spreadsheet row i + 1 because empty rows are kept. */
export async function readXlsx(bytes: Buffer): Promise<SheetRow[]> {
  let data: unknown[][];
  try {
    // Keeping numbers as their stored text avoids float formatting of long numeric codes.
    data = await readFirstWorksheet(bytes, { trim: false, parseNumber: (text: string) => text });
  } catch {
    throw new SheetReadError('unreadableXlsx');
  }
  return data.map((cells, index) => ({ line: index + 1, cells: cells.map(cellText) }));
}
