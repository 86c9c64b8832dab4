import { constants, createPrivateKey, type KeyObject, privateEncrypt } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';
import type { SigningCertificate } from './signing-certificate.js';

/** DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2, note 1); the 32-byte hash follows. */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

const KEY_BAG = forge.pki.oids.pkcs8ShroudedKeyBag as string;
const CERT_BAG = forge.pki.oids.certBag as string;

interface OpenedCertificate {
  key: KeyObject;
  certificates: forge.pki.Certificate[];
  own: forge.pki.Certificate;
}

const opened = new WeakMap<SigningCertificate, OpenedCertificate>();

/** Opens the bundle once per certificate rather than once per signature. */
function open(certificate: SigningCertificate): OpenedCertificate {
  const cached = opened.get(certificate);
  if (cached) return cached;
  const bundle = forge.pkcs12.pkcs12FromAsn1(
    forge.asn1.fromDer(certificate.p12.toString('binary')),
    false,
    certificate.passphrase,
  );
  const privateKey = bundle.getBags({ bagType: KEY_BAG })[KEY_BAG]?.[0]?.key as
    | forge.pki.rsa.PrivateKey
    | undefined;
  if (!privateKey) throw new Error('The signing P12 holds no RSA private key');
  const certificates = (bundle.getBags({ bagType: CERT_BAG })[CERT_BAG] ?? []).flatMap((bag) =>
    bag.cert ? [bag.cert] : [],
  );
  const own = certificates.find((cert) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n?.equals(privateKey.n) && publicKey.e.equals(privateKey.e);
  });
  if (!own) throw new Error('The signing P12 has no certificate for its private key');
  const result = { key: createPrivateKey(forge.pki.privateKeyToPem(privateKey)), certificates, own };
  opened.set(certificate, result);
  return result;
}

/** RSASSA-PKCS1-v1_5 over the digest forge computed, by OpenSSL instead of forge's JavaScript RSA. */
function rsaSign(key: KeyObject, digest: forge.md.MessageDigest): string {
  const hash = Buffer.from(digest.digest().getBytes(), 'binary');
  const encoded = Buffer.concat([SHA256_DIGEST_INFO, hash]);
  return privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, encoded).toString('binary');
}

/**
 * The CMS signature @signpdf/signer-p12 makes (same structure, attributes and order), without its
 * two costs per document: parsing the P12 again, and a 2048-bit RSA signature in pure JavaScript
 * (about 25 ms, the largest part of issuing a certificate). The private key operation runs in
 * OpenSSL; node-forge still assembles the SignedData, so readers see exactly what they saw before.
 */
export class CertificateSigner extends Signer {
  readonly #certificate: SigningCertificate;

  constructor(certificate: SigningCertificate) {
    super();
    this.#certificate = certificate;
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { key, certificates, own } = open(this.#certificate);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const certificate of certificates) p7.addCertificate(certificate);
    // Attribute order matters for EU (DSS) validation: content type, signing time, message digest.
    p7.addSigner({
      key: {
        sign: (digest: forge.md.MessageDigest) => rsaSign(key, digest),
      } as unknown as forge.pki.rsa.PrivateKey,
      certificate: own,
      digestAlgorithm: forge.pki.oids.sha256 as string,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType as string, value: forge.pki.oids.data as string },
        {
          type: forge.pki.oids.signingTime as string,
          value: (signingTime ?? new Date()) as unknown as string,
        },
        { type: forge.pki.oids.messageDigest as string },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}
