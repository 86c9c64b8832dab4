export type ByteRange = [number, number, number, number];

export interface SignatureHole {
  byteRange: ByteRange;
  /** Hex digits between < and >, i.e. the DER-encoded CMS plus zero padding. */
  contentsHex: string;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** The last signature added is the one that must cover the file as it is now. */
export function findLastByteRange(pdf: Buffer): ByteRange | undefined {
  const text = pdf.toString('latin1');
  let last: ByteRange | undefined;
  for (const match of text.matchAll(BYTE_RANGE)) {
    last = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
  }
  return last;
}

/**
 * Checks that the ranges start at 0, end at the last byte and leave exactly one gap holding the
 * /Contents hex string. Anything else means bytes outside the signature's protection.
 */
export function checkByteRange(pdf: Buffer, byteRange: ByteRange): SignatureHole | string {
  const [start, firstLength, secondStart, secondLength] = byteRange;
  if (start !== 0) return 'byte range does not start at the beginning of the file';
  if (secondStart + secondLength !== pdf.length) return 'byte range does not reach the end of the file';
  if (secondStart <= firstLength) return 'byte ranges overlap';
  if (pdf[firstLength] !== 0x3c || pdf[secondStart - 1] !== 0x3e) return 'gap is not a hex string';
  const before = pdf.subarray(Math.max(0, firstLength - 32), firstLength).toString('latin1');
  if (!/\/Contents\s*$/.test(before)) return 'gap is not the signature /Contents';
  const contentsHex = pdf.subarray(firstLength + 1, secondStart - 1).toString('latin1');
  if (!/^[0-9a-fA-F]*$/.test(contentsHex)) return 'signature contents are not hex';
  return { byteRange, contentsHex };
}

export function coveredBytes(pdf: Buffer, [, firstLength, secondStart, secondLength]: ByteRange): Buffer[] {
  return [pdf.subarray(0, firstLength), pdf.subarray(secondStart, secondStart + secondLength)];
}
