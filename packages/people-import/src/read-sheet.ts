import { detectFileFormat } from './detect-file-format.js';
import { findHeaderRow } from './find-header-row.js';
import { identityColumns } from './identity-columns.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { SheetReadError } from './sheet-read-error.js';
import type { Sheet, SheetFormat, SheetRow } from './types.js';

function isBlank(row: SheetRow): boolean {
  return row.cells.every((cell) => cell.trim() === '');
}

function toSheet(grid: SheetRow[], format: SheetFormat, encoding?: string): Sheet {
  const headerIndex = findHeaderRow(grid);
  const header = grid[headerIndex] as SheetRow;
  const rows = grid.slice(headerIndex + 1).filter((row) => !isBlank(row));
  // Every row gets as many cells as the widest row, so a column index is valid for all of them.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), header.cells.length);
  const pad = (cells: string[]) =>
    cells.length < width ? [...cells, ...Array(width - cells.length).fill('')] : cells;
  const allHeaders = pad(header.cells).map((cell) => cell.replace(/\s+/g, ' ').trim());
  for (const row of rows) row.cells = pad(row.cells);
  const omitted = identityColumns(allHeaders, rows);
  const keep = (_cell: string, column: number) => !omitted.has(column);
  if (omitted.size > 0) for (const row of rows) row.cells = row.cells.filter(keep);
  return {
    headerRow: header.line,
    headers: allHeaders.filter(keep),
    omittedHeaders: allHeaders.filter((_header, column) => omitted.has(column)),
    rows,
    ...(encoding === undefined ? {} : { encoding }),
    format,
  };
}

/**
 * Reads a people directory export. The format comes from the bytes; the name only lets a file that
 * claims to be a workbook fail as one instead of being read as text.
 */
export async function readSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  if (bytes.length === 0) throw new SheetReadError('empty');
  const format = detectFileFormat(bytes);
  if (format === 'legacyXls') throw new SheetReadError('legacyXls');
  if (format === 'xlsx') return toSheet(await readXlsx(bytes), 'xlsx');
  if (/\.xlsx$/i.test(fileName)) throw new SheetReadError('unreadableXlsx');
  const { rows, encoding } = readCsv(bytes);
  return toSheet(rows, 'csv', encoding);
}
