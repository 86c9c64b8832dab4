import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { DEVELOPMENT_MARKER, type SigningCertificate, toSigningCertificate } from './signing-certificate.js';

/**
 * ASCII on purpose: node-forge re-encodes UTF-8 names when it writes the signer's issuer into the
 * CMS, so a non-ASCII issuer no longer matches the certificate and readers reject the signature.
 */
export const DEV_CERTIFICATE_CN = `Qorgau ${DEVELOPMENT_MARKER} certificate - not for production`;

/** Not a secret: the file is only a stand-in for a real certificate on developer machines. */
export const DEV_P12_PASSPHRASE = 'qorgau-development';

export function devCertificatePath(dataDir: string): string {
  return join(dataDir, 'signing', 'dev-signing.p12');
}

/**
 * Lets the app sign documents before a real certificate is configured. The certificate says in
 * its own name that it is for development, so no PDF signed with it can pass for a real one.
 */
export async function loadOrCreateDevCertificate(dataDir: string): Promise<SigningCertificate> {
  const path = devCertificatePath(dataDir);
  const existing = await readIfExists(path);
  const p12 = existing ?? (await createOnce(path));
  return toSigningCertificate(p12, DEV_P12_PASSPHRASE, true);
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Writes a temporary file and hard-links it into place: link fails if the target exists, so when
 * two processes start at once exactly one certificate wins and both then use it.
 */
async function createOnce(path: string): Promise<Buffer> {
  await mkdir(join(path, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, createDevP12(), { mode: 0o600 });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(temporary).catch(() => {});
  }
  return readFile(path);
}

export function createDevP12(): Buffer {
  return createSelfSignedP12({ commonName: DEV_CERTIFICATE_CN, passphrase: DEV_P12_PASSPHRASE });
}

export interface SelfSignedOptions {
  commonName: string;
  passphrase: string;
  organization?: string;
}

/** RSA-2048, SHA-256, valid ten years. Also useful to make test certificates. */
export function createSelfSignedP12({
  commonName,
  passphrase,
  organization = 'Qorgau (development)',
}: SelfSignedOptions): Buffer {
  const keys = forge.pki.rsa.generateKeyPair({ bits: 2048, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  // Positive 16-byte serial: a leading 0x01 keeps the DER integer from being read as negative.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600 * 1000);
  const name = [
    // UTF8String for non-ASCII names; PrintableString cannot hold them.
    /[^\x20-\x7e]/.test(commonName)
      ? { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 }
      : { name: 'commonName', value: commonName },
    { name: 'organizationName', value: organization },
    { name: 'countryName', value: 'KZ' },
  ] as forge.pki.CertificateField[];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], passphrase, {
    algorithm: 'aes256',
    friendlyName: commonName,
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
