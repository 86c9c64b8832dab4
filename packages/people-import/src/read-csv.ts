import { decodeText } from './decode-text.js';
import { detectDelimiter } from './detect-delimiter.js';
import { parseCsv } from './parse-csv.js';
import type { SheetRow } from './types.js';

export interface CsvGrid {
  rows: SheetRow[];
  encoding: string;
  delimiter: string;
}

// Excel users write ="000123" into CSV so that Excel keeps leading zeros; the value is what is inside.
const EXCEL_TEXT_FORMULA = /^="(.*)"$/s;

function unwrapExcelText(cell: string): string {
  if (cell.charCodeAt(0) !== 0x3d) return cell;
  const match = EXCEL_TEXT_FORMULA.exec(cell);
  return match?.[1] ?? cell;
}

export function readCsv(bytes: Buffer): CsvGrid {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter);
  for (const row of rows) {
    for (let index = 0; index < row.cells.length; index++) {
      row.cells[index] = unwrapExcelText(row.cells[index] ?? '');
    }
  }
  return { rows, encoding, delimiter };
}
