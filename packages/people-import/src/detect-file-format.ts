export type DetectedFormat = 'xlsx' | 'legacyXls' | 'text';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** The bytes decide, not the name: HR officers rename exports freely ("list.csv" that is really XLSX). */
export function detectFileFormat(bytes: Uint8Array): DetectedFormat {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  // 1C and old Excel still save the binary .xls format, which only a different parser could read.
  if (startsWith(bytes, OLE2_MAGIC)) return 'legacyXls';
  return 'text';
}
