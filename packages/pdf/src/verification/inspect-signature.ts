import { createHash, verify as verifySignature, X509Certificate } from 'node:crypto';
import { type ByteRange, checkByteRange, coveredBytes, findLastByteRange } from './byte-range.js';
import { type CmsSignerInfo, certificateParts, commonName, parseCmsSignerInfo } from './cms-signed-data.js';

export interface SignatureInspection {
  /** A /ByteRange signature was found. */
  signed: boolean;
  /** Structure, digest and signature all check out. Says nothing about trust in the certificate. */
  valid: boolean;
  /** The signed ranges cover every byte of the file except the signature itself. */
  coversWholeFile: boolean;
  /** The hash of the covered bytes equals the messageDigest the signer signed. */
  digestMatches: boolean;
  /** The signer's public key verifies the signature over the signed attributes. */
  signatureVerified: boolean;
  byteRange?: ByteRange;
  signerCommonName?: string;
  signingTime?: Date;
  problems: string[];
}

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** RSA PKCS#1 v1.5 and ECDSA; Node picks the scheme from the key type. RSA-PSS is not handled. */
const SIGNATURE_ALGORITHMS = new Set([
  '1.2.840.113549.1.1.1',
  '1.2.840.113549.1.1.11',
  '1.2.840.113549.1.1.12',
  '1.2.840.113549.1.1.13',
  '1.2.840.10045.4.3.2',
  '1.2.840.10045.4.3.3',
  '1.2.840.10045.4.3.4',
]);

/**
 * Checks the last signature of a PDF the way a reader does before looking at trust: do the
 * byte ranges cover the whole file, does the signed digest match the bytes, and does the
 * embedded certificate's key verify the signature. Changing any covered byte makes it invalid.
 */
export function inspectSignature(pdf: Buffer): SignatureInspection {
  const result: SignatureInspection = {
    signed: false,
    valid: false,
    coversWholeFile: false,
    digestMatches: false,
    signatureVerified: false,
    problems: [],
  };
  const byteRange = findLastByteRange(pdf);
  if (!byteRange) {
    result.problems.push('no signature found');
    return result;
  }
  result.signed = true;
  result.byteRange = byteRange;
  const hole = checkByteRange(pdf, byteRange);
  if (typeof hole === 'string') {
    result.problems.push(hole);
    return result;
  }
  result.coversWholeFile = true;

  let signer: CmsSignerInfo;
  try {
    signer = parseCmsSignerInfo(hole.contentsHex);
  } catch (error) {
    result.problems.push(
      `unreadable CMS signature: ${error instanceof Error ? error.message : String(error)}`,
    );
    return result;
  }
  result.signingTime = signer.signingTime;
  const hashName = DIGESTS[signer.digestAlgorithmOid];
  if (!hashName) {
    result.problems.push(`unsupported digest algorithm ${signer.digestAlgorithmOid}`);
    return result;
  }

  const hash = createHash(hashName);
  for (const part of coveredBytes(pdf, byteRange)) hash.update(part);
  const digest = hash.digest();
  const signedContent = signer.signedAttributesDer;
  result.digestMatches = signedContent ? signer.messageDigest?.equals(digest) === true : true;
  if (!result.digestMatches) result.problems.push('document digest does not match the signed digest');

  const certificate = findSignerCertificate(signer);
  if (!certificate) {
    result.problems.push('signer certificate not included');
    return finish(result);
  }
  result.signerCommonName = certificate.commonName;
  if (!SIGNATURE_ALGORITHMS.has(signer.signatureAlgorithmOid)) {
    result.problems.push(`unsupported signature algorithm ${signer.signatureAlgorithmOid}`);
    return finish(result);
  }
  // Without signed attributes the signature is over the content itself (rare in PDFs).
  const data = signedContent ?? Buffer.concat(coveredBytes(pdf, byteRange));
  try {
    result.signatureVerified = verifySignature(hashName, data, certificate.x509.publicKey, signer.signature);
  } catch (error) {
    result.problems.push(`signature check failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!result.signatureVerified)
    result.problems.push('signature does not verify with the signer certificate');
  return finish(result);
}

function finish(result: SignatureInspection): SignatureInspection {
  result.valid = result.coversWholeFile && result.digestMatches && result.signatureVerified;
  return result;
}

function normalizeSerial(hex: string): string {
  return hex.replace(/^(00)+(?=.)/, '').toLowerCase();
}

function findSignerCertificate(
  signer: CmsSignerInfo,
): { x509: X509Certificate; commonName?: string } | undefined {
  for (const certificateDer of signer.certificatesDer) {
    const parts = certificateParts(certificateDer);
    if (
      normalizeSerial(parts.serialHex) === normalizeSerial(signer.serialHex) &&
      parts.issuerDer.equals(signer.issuerDer)
    ) {
      return { x509: new X509Certificate(certificateDer), commonName: commonName(parts.subject) };
    }
  }
  return undefined;
}
