import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Exports reach us as UTF-8 (with or without BOM), as Excel's "Unicode text" (UTF-16 with BOM), or as
 * Windows-1251 from older 1C installations. Windows-1251 text with Cyrillic letters is practically never
 * valid UTF-8, so a strict UTF-8 decode that fails is a reliable sign of it.
 */
export function decodeText(bytes: Buffer): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: bytes.toString('utf8', 3), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le', 2), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(bytes, 'win1251'), encoding: 'windows-1251' };
  }
}
