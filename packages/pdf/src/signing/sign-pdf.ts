import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { CertificateSigner } from './certificate-signer.js';
import type { SigningCertificate } from './signing-certificate.js';

export interface SignatureDetails {
  /** Why the document was signed, e.g. "Issued by Qorgau: acknowledgement receipt QRG-…". */
  reason: string;
  location?: string;
  contactInfo?: string;
  signingTime?: Date;
}

const DEVELOPMENT_REASON_PREFIX = 'DEVELOPMENT SIGNATURE - not for production. ';

/** A certificate chain of a few certificates fits comfortably; the unused part is zero padding. */
const SIGNATURE_LENGTH = 12_288;

const signPdfEngine = new SignPdf();

/**
 * @signpdf/placeholder-plain writes UTF-16 strings through a UTF-8 Buffer, which garbles any
 * non-ASCII text in /Reason or /Name. The signature stays valid, but readers would show mojibake,
 * so these fields are kept ASCII; the human-readable, localized details are on the page itself.
 */
export function pdfAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?');
}

/**
 * Adds a PAdES (ETSI.CAdES.detached) signature as an incremental update. Chromium writes a
 * classic xref table, which the plain placeholder parser understands.
 */
export async function signPdf(
  pdf: Buffer,
  certificate: SigningCertificate,
  details: SignatureDetails,
): Promise<Buffer> {
  const signingTime = details.signingTime ?? new Date();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: pdfAscii(
      certificate.development ? `${DEVELOPMENT_REASON_PREFIX}${details.reason}` : details.reason,
    ),
    name: pdfAscii(certificate.commonName),
    location: pdfAscii(details.location ?? ''),
    contactInfo: pdfAscii(details.contactInfo ?? ''),
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: SIGNATURE_LENGTH,
    appName: 'Qorgau',
  });
  return signPdfEngine.sign(withPlaceholder, new CertificateSigner(certificate), signingTime);
}
