import { SheetReadError } from './sheet-read-error.js';
import type { SheetRow } from './types.js';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count++;
  }
  return count;
}

/**
 * RFC 4180 with the leniencies real exports need: LF, CRLF or CR line ends, and stray text after a
 * closing quote kept rather than refused. Each record carries the line it starts on, so a quoted
 * field spanning lines does not shift the line numbers reported for later rows.
 */
export function parseCsv(text: string, delimiter: string, maxRecords = Number.POSITIVE_INFINITY): SheetRow[] {
  const separator = delimiter.charCodeAt(0);
  const length = text.length;
  const records: SheetRow[] = [];
  let index = 0;
  let line = 1;
  while (index < length && records.length < maxRecords) {
    const startLine = line;
    const cells: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(index) === QUOTE) {
        const openedOn = line;
        let quoted = '';
        let cursor = index + 1;
        for (;;) {
          const close = text.indexOf('"', cursor);
          if (close === -1) throw new SheetReadError('unterminatedQuote', openedOn);
          quoted += text.slice(cursor, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            quoted += '"';
            cursor = close + 2;
            continue;
          }
          cursor = close + 1;
          break;
        }
        line += countLineBreaks(quoted);
        let end = cursor;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separator || code === LF || code === CR) break;
          end++;
        }
        value = end === cursor ? quoted : quoted + text.slice(cursor, end);
        index = end;
      } else {
        let end = index;
        while (end < length) {
          const code = text.charCodeAt(end);
          if (code === separator || code === LF || code === CR) break;
          end++;
        }
        value = text.slice(index, end);
        index = end;
      }
      cells.push(value);
      if (index >= length) break;
      if (text.charCodeAt(index) === separator) {
        index++;
        continue;
      }
      index += text.charCodeAt(index) === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    records.push({ line: startLine, cells });
  }
  return records;
}
