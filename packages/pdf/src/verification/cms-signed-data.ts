import forge from 'node-forge';

type Asn1 = forge.asn1.Asn1;

/** The parts of a CMS SignedData (RFC 5652) needed to verify one detached signature. */
export interface CmsSignerInfo {
  digestAlgorithmOid: string;
  signatureAlgorithmOid: string;
  /** DER of the signed attributes re-tagged as a SET, i.e. the bytes the signer signed. */
  signedAttributesDer?: Buffer;
  messageDigest?: Buffer;
  signingTime?: Date;
  signature: Buffer;
  issuerDer: Buffer;
  serialHex: string;
  certificatesDer: Buffer[];
}

const OID_SIGNED_DATA = '1.2.840.113549.1.7.2';
const OID_MESSAGE_DIGEST = '1.2.840.113549.1.9.4';
const OID_SIGNING_TIME = '1.2.840.113549.1.9.5';

const { Class, Type } = forge.asn1;

function children(node: Asn1 | undefined): Asn1[] {
  return Array.isArray(node?.value) ? (node.value as Asn1[]) : [];
}

function bytes(node: Asn1 | undefined): Buffer {
  return Buffer.from(typeof node?.value === 'string' ? node.value : '', 'binary');
}

function der(node: Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

function oid(node: Asn1 | undefined): string {
  return forge.asn1.derToOid(typeof node?.value === 'string' ? node.value : '');
}

function isContextTag(node: Asn1 | undefined, tag: number): node is Asn1 {
  return node?.tagClass === Class.CONTEXT_SPECIFIC && node.type === tag;
}

/** Parses the hex /Contents of a PDF signature. Trailing zero padding is ignored. */
export function parseCmsSignerInfo(contentsHex: string): CmsSignerInfo {
  const contentInfo = forge.asn1.fromDer(withoutPadding(forge.util.hexToBytes(contentsHex)));
  const [contentType, wrapped] = children(contentInfo);
  if (oid(contentType) !== OID_SIGNED_DATA) throw new Error('signature is not CMS SignedData');
  const signedData = children(wrapped)[0];
  const parts = children(signedData);
  const certificates = parts.find((part) => isContextTag(part, 0));
  const signerInfos = parts[parts.length - 1];
  const signerInfo = children(signerInfos)[0];
  if (!signerInfo) throw new Error('SignedData has no signer');

  const fields = children(signerInfo);
  const [, sid, digestAlgorithm] = fields;
  const signedAttrs = fields.find((field) => isContextTag(field, 0));
  const afterAttrs = fields.slice(signedAttrs ? 4 : 3);
  const [signatureAlgorithm, signatureValue] = afterAttrs;
  const [issuer, serial] = children(sid);
  if (!issuer || !serial) throw new Error('signer is not identified by issuer and serial number');

  const info: CmsSignerInfo = {
    digestAlgorithmOid: oid(children(digestAlgorithm)[0]),
    signatureAlgorithmOid: oid(children(signatureAlgorithm)[0]),
    signature: bytes(signatureValue),
    issuerDer: der(issuer),
    serialHex: bytes(serial).toString('hex'),
    certificatesDer: children(certificates).map(der),
  };
  if (signedAttrs) {
    // The signature covers the attributes encoded as a universal SET, not as the [0] tag they carry.
    info.signedAttributesDer = der(forge.asn1.create(Class.UNIVERSAL, Type.SET, true, children(signedAttrs)));
    for (const attribute of children(signedAttrs)) {
      const [type, values] = children(attribute);
      const value = children(values)[0];
      if (oid(type) === OID_MESSAGE_DIGEST) info.messageDigest = bytes(value);
      if (oid(type) === OID_SIGNING_TIME && value) info.signingTime = asn1Time(value);
    }
  }
  return info;
}

function asn1Time(node: Asn1): Date | undefined {
  const text = typeof node.value === 'string' ? node.value : '';
  if (node.type === Type.UTCTIME) return forge.asn1.utcTimeToDate(text);
  if (node.type === Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(text);
  return undefined;
}

/** The /Contents placeholder is larger than the signature; keep only the outer DER element. */
function withoutPadding(binary: string): string {
  const first = binary.charCodeAt(1);
  if (Number.isNaN(first)) throw new Error('empty signature');
  if (first < 0x80) return binary.slice(0, 2 + first);
  const lengthBytes = first & 0x7f;
  let length = 0;
  for (let i = 0; i < lengthBytes; i++) length = length * 256 + binary.charCodeAt(2 + i);
  return binary.slice(0, 2 + lengthBytes + length);
}

/** TBSCertificate fields, with or without the optional [0] version. */
export function certificateParts(certificateDer: Buffer): {
  serialHex: string;
  issuerDer: Buffer;
  subject: Asn1;
} {
  const certificate = forge.asn1.fromDer(certificateDer.toString('binary'));
  const tbs = children(children(certificate)[0]);
  const offset = isContextTag(tbs[0], 0) ? 1 : 0;
  const serial = tbs[offset];
  const issuer = tbs[offset + 2];
  const subject = tbs[offset + 4];
  if (!serial || !issuer || !subject) throw new Error('malformed certificate');
  return { serialHex: bytes(serial).toString('hex'), issuerDer: der(issuer), subject };
}

const OID_COMMON_NAME = '2.5.4.3';

export function commonName(name: Asn1): string | undefined {
  for (const rdn of children(name)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      if (oid(type) !== OID_COMMON_NAME || !value) continue;
      const raw = bytes(value);
      if (value.type === Type.UTF8) return raw.toString('utf8');
      if (value.type === Type.BMPSTRING) return raw.swap16().toString('utf16le');
      return raw.toString('latin1');
    }
  }
  return undefined;
}
