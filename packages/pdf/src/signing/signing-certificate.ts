import { readFile } from 'node:fs/promises';
import forge from 'node-forge';

/** A PKCS#12 bundle plus what the visible signature block and the PDF signature name need. */
export interface SigningCertificate {
  p12: Buffer;
  passphrase: string;
  /** Subject common name, shown as the signer's name. */
  commonName: string;
  /** True for the self-signed certificate made by loadOrCreateDevCertificate. */
  development: boolean;
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
  const p12 = await readFile(p12Path);
  const commonName = inspectP12(p12, passphrase);
  return { p12, passphrase, commonName, development: commonName.includes(DEVELOPMENT_MARKER) };
}

/** Returns the subject CN of the certificate that matches the bundle's private key. */
export function inspectP12(p12: Buffer, passphrase: string): string {
  let bundle: forge.pkcs12.Pkcs12Pfx;
  try {
    bundle = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, passphrase);
  } catch (error) {
    throw new Error(`Cannot open the signing P12 (wrong passphrase or not a PKCS#12 file): ${String(error)}`);
  }
  const keyBag = bundle.getBags({ bagType: SHROUDED_KEY_BAG })[SHROUDED_KEY_BAG]?.[0];
  const key = keyBag?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error('The signing P12 holds no private key');
  const certBags = bundle.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? [];
  const match = certBags.find((bag) => {
    const publicKey = bag.cert?.publicKey as forge.pki.rsa.PublicKey | undefined;
    return publicKey?.n?.equals(key.n) && publicKey.e.equals(key.e);
  });
  if (!match?.cert) throw new Error('The signing P12 has no certificate for its private key');
  assertAsciiIssuer(match.cert);
  const commonName = match.cert.subject.getField('CN')?.value;
  return typeof commonName === 'string' ? commonName : 'unnamed certificate';
}

/**
 * node-forge (inside @signpdf/signer-p12) UTF-8-encodes the issuer name a second time when it
 * writes the CMS signer identifier, so with a non-ASCII issuer (e.g. a Kazakh CA name) the
 * signature no longer points at its certificate and every reader rejects it. Fail at load time.
 */
function assertAsciiIssuer(cert: forge.pki.Certificate): void {
  const nonAscii = cert.issuer.attributes.some(
    (attribute) => typeof attribute.value === 'string' && /[^\x20-\x7e]/.test(attribute.value),
  );
  if (nonAscii) {
    throw new Error(
      'The signing certificate has a non-ASCII issuer name, which @signpdf/signer-p12 (node-forge) ' +
        'cannot encode correctly; signatures would be invalid. Use a certificate with an ASCII issuer DN.',
    );
  }
}
