import { randomBytes } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so an identifier read aloud or typed from paper survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** e.g. QRG-7F3K-9QXD-M2TB: 60 random bits, printed on the document and in its QR code. */
export function newPublicDocumentId(): string {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((byte) => ALPHABET[byte % 32]).join('');
  return `QRG-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

export function isPublicDocumentId(value: string): boolean {
  return /^QRG-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/.test(value);
}
