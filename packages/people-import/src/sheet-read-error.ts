export type SheetReadErrorCode =
  | 'empty'
  | 'legacyXls'
  | 'unreadableXlsx'
  | 'unterminatedQuote'
  | 'noHeaderRow';

/** A file the import cannot read at all. `line` points the user at the place, never at a cell value. */
export class SheetReadError extends Error {
  constructor(
    readonly code: SheetReadErrorCode,
    readonly line?: number,
  ) {
    super(line === undefined ? code : `${code} at line ${line}`);
    this.name = 'SheetReadError';
  }
}
