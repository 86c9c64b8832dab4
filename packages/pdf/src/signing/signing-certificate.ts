import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import forge from 'node-forge';

/** A PKCS#12 bundle ready for CertificateSigner, plus what the signature block and /Name need. */
export interface SigningCertificate {
  /** In-memory re-wrap of the configured bundle (see toSigningCertificate), not the file bytes. */
  p12: Buffer;
  passphrase: string;
  /** Subject common name, shown as the signer's name. */
  commonName: string;
  /** True for the self-signed certificate made by loadOrCreateDevCertificate. */
  development: boolean;
  /** SHA-256 of the signer certificate's DER, to record which certificate signed a document. */
  fingerprintSha256: string;
}

export interface P12Options {
  p12Path: string;
  passphrase?: string;
}

export const DEVELOPMENT_MARKER = 'DEVELOPMENT';

const SHROUDED_KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';

/** Reads and checks a P12 up front, so a wrong passphrase fails at start-up and not on first issue. */
export async function loadP12Certificate({
  p12Path,
  passphrase = '',
}: P12Options): Promise<SigningCertificate> {
  return toSigningCertificate(await readFile(p12Path), passphrase);
}

/**
 * Opens the bundle once and re-wraps key and certificates in memory with a single key-derivation
 * iteration. The bundle is opened again whenever a signer needs it, and the thousands of PBKDF rounds of
 * a real P12 cost more than the RSA signature itself. This protects nothing less than before:
 * the process already holds the passphrase, so the key was recoverable from its memory anyway.
 * Certificates keep their original DER bytes (node-forge re-emits parsed certificates verbatim).
 */
export function toSigningCertificate(
  p12: Buffer,
  passphrase: string,
  development?: boolean,
): SigningCertificate {
  let bundle: forge.pkcs12.Pkcs12Pfx;
  try {
    bundle = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  } catch (error) {
    throw new Error(`Cannot open the signing P12 (wrong passphrase or not a PKCS#12 file): ${String(error)}`);
  }
  const key = bundle.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG]?.[0]?.key as
    | forge.pki.rsa.PrivateKey
    | undefined;
  if (!key) throw new Error('The signing P12 holds no RSA private key');
  const certificates = (bundle.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).flatMap((bag) =>
    bag.cert ? [bag.cert] : [],
  );
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(key.n) && publicKey.e.equals(key.e);
  });
  if (!own) throw new Error('The signing P12 has no certificate for its private key');
  assertAsciiIssuer(own);

  const sessionPassphrase = randomBytes(16).toString('hex');
  const rewrapped = forge.pkcs12.toPkcs12Asn1(key, certificates, sessionPassphrase, {
    algorithm: '3des',
    count: 1,
  });
  const commonName = own.subject.getField('CN')?.value;
  const name = typeof commonName === 'string' ? commonName : 'unnamed certificate';
  return {
    p12: Buffer.from(forge.asn1.toDer(rewrapped).getBytes(), 'binary'),
    passphrase: sessionPassphrase,
    commonName: name,
    development: development ?? name.includes(DEVELOPMENT_MARKER),
    fingerprintSha256: createHash('sha256')
      .update(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(own)).getBytes(), 'binary'))
      .digest('hex'),
  };
}

/**
 * node-forge (which assembles the CMS signature) UTF-8-encodes the issuer name a second time when it
 * writes the CMS signer identifier, so with a non-ASCII issuer (e.g. a Kazakh CA name) the
 * signature no longer points at its certificate and every reader rejects it. Fail at load time.
 */
function assertAsciiIssuer(cert: forge.pki.Certificate): void {
  const nonAscii = cert.issuer.attributes.some(
    (attribute) => typeof attribute.value === 'string' && /[^\x20-\x7e]/.test(attribute.value),
  );
  if (nonAscii) {
    throw new Error(
      'The signing certificate has a non-ASCII issuer name, which node-forge ' +
        'cannot encode correctly; signatures would be invalid. Use a certificate with an ASCII issuer DN.',
    );
  }
}
