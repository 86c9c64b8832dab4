// Exports carry non-breaking and zero-width spaces and, from Word and web forms, decomposed letters:
// "й" or "ё" typed as a base letter plus a combining mark must compare (and count) as one letter.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u2007\u202F]+/g;
// Almost every cell is already clean; testing first spares three string copies per cell on large files.
const NEEDS_CLEANING =
  /[\u0300-\u036F\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF\t\n\v\f\r]| {2}|^ | $/;

export function cleanText(raw: string): string {
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
