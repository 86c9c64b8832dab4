import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
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
 * Adds a PAdES (ETSI.CAdES.detached) signature as an incremental update. Chromium writes a
 * classic xref table, which the plain placeholder parser understands.
 */
export async function signPdf(pdf: Buffer, certificate: SigningCertificate, details: SignatureDetails): Promise<Buffer> {
  const signingTime = details.signingTime ?? new Date();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: certificate.development ? `${DEVELOPMENT_REASON_PREFIX}${details.reason}` : details.reason,
    name: certificate.commonName,
    location: details.location ?? '',
    contactInfo: details.contactInfo ?? '',
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: SIGNATURE_LENGTH,
    appName: 'Qorgau',
  });
  // P12Signer keeps per-signature state, so each signature gets a fresh one.
  const signer = new P12Signer(certificate.p12, { passphrase: certificate.passphrase });
  return signPdfEngine.sign(withPlaceholder, signer, signingTime);
}
