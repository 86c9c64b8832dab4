import { BrowserPool } from './browser/browser-pool.js';
import { printPrepared } from './rendering/render-document.js';
import { prepareDocument } from './rendering/render-html.js';
import type { RenderRequest } from './schemas/render-request.js';
import { loadOrCreateDevCertificate } from './signing/dev-certificate.js';
import { signPdf } from './signing/sign-pdf.js';
import { loadP12Certificate, type SigningCertificate } from './signing/signing-certificate.js';
import { inspectSignature } from './verification/inspect-signature.js';
import { sha256Hex } from './verification/sha256.js';

export interface PdfServiceOptions {
  /** Where the development certificate lives when no P12 is configured. */
  dataDir: string;
  /** SIGNING_P12_PATH in the app's configuration. */
  p12Path?: string;
  /** SIGNING_P12_PASSPHRASE in the app's configuration. */
  passphrase?: string;
  poolSize?: number;
  timeoutMs?: number;
  executablePath?: string;
  templatesDir?: string;
}

export interface SignedDocument {
  bytes: Buffer;
  /** Hex SHA-256 of `bytes`, for the app's register of issued documents. */
  sha256: string;
}

export interface SigningIdentity {
  commonName: string;
  development: boolean;
}

export interface PdfService {
  renderSigned(request: RenderRequest): Promise<SignedDocument>;
  /** Unsigned render, e.g. for previews; not to be handed out as an issued document. */
  renderUnsigned(request: RenderRequest): Promise<Buffer>;
  /** Loads the certificate and starts Chromium now, so misconfiguration fails at start-up. */
  ready(): Promise<SigningIdentity>;
  close(): Promise<void>;
}

export function createPdfService(options: PdfServiceOptions): PdfService {
  if (options.passphrase !== undefined && options.p12Path === undefined) {
    throw new Error('A signing passphrase was given without a P12 path (SIGNING_P12_PATH)');
  }
  const pool = new BrowserPool({
    size: options.poolSize,
    timeoutMs: options.timeoutMs,
    executablePath: options.executablePath,
  });
  const renderOptions = { templatesDir: options.templatesDir };
  let certificate: Promise<SigningCertificate> | undefined;

  const loadCertificate = (): Promise<SigningCertificate> => {
    if (!certificate) {
      const loading = options.p12Path
        ? loadP12Certificate({ p12Path: options.p12Path, passphrase: options.passphrase })
        : loadOrCreateDevCertificate(options.dataDir);
      certificate = loading;
      // Let a later call retry after, say, a file that was briefly unreadable.
      loading.catch(() => {
        if (certificate === loading) certificate = undefined;
      });
    }
    return certificate;
  };

  return {
    async renderSigned(request) {
      const signing = await loadCertificate();
      const seal = { certificateSubject: signing.commonName, development: signing.development };
      const prepared = await prepareDocument({ ...request, seal }, renderOptions);
      const unsigned = await printPrepared(prepared, pool);
      const bytes = await signPdf(unsigned, signing, {
        // Kind and id rather than the localized title: the reason field must stay ASCII.
        reason: `Issued by Qorgau: ${prepared.request.kind} ${prepared.request.documentId}`,
        contactInfo: prepared.request.verifyUrl,
      });
      assertVerifiable(bytes);
      return { bytes, sha256: sha256Hex(bytes) };
    },
    async renderUnsigned(request) {
      return printPrepared(await prepareDocument(request, renderOptions), pool);
    },
    async ready() {
      const signing = await loadCertificate();
      await pool.withPage(async () => {});
      return { commonName: signing.commonName, development: signing.development };
    },
    close: () => pool.close(),
  };
}

/**
 * A document is evidence, so one that readers would reject must never be issued. This catches
 * certificates that node-forge cannot encode correctly (see DEV_CERTIFICATE_CN) for ~1 ms.
 */
function assertVerifiable(pdf: Buffer): void {
  const inspection = inspectSignature(pdf);
  if (!inspection.valid) {
    throw new Error(`Signed PDF failed its own verification: ${inspection.problems.join('; ')}`);
  }
}
