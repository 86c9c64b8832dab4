export { BrowserPool, type BrowserPoolOptions, createBrowserPool } from './browser/browser-pool.js';
export { ChromiumNotFoundError, DEFAULT_CHROMIUM_PATH } from './browser/chromium-executable.js';
export { type DocumentParts, printInShell } from './browser/document-shell.js';
export { BrowserPoolClosedError, JobTimeoutError } from './browser/errors.js';
export { type LaunchOptions, launchBrowser } from './browser/launch-browser.js';
export { printHtml } from './browser/print-page.js';
export { sandboxPage } from './browser/sandbox-page.js';
export { type FontFamily, fontFaceCss } from './fonts/font-face-css.js';
export {
  createPdfService,
  type PdfService,
  type PdfServiceOptions,
  type SignedDocument,
  type SigningIdentity,
} from './pdf-service.js';
export { documentShell } from './rendering/document-shell-html.js';
export { buildVerifyUrl } from './rendering/qr-code.js';
export { renderDocument } from './rendering/render-document.js';
export {
  type PreparedDocument,
  prepareDocument,
  type RenderHtmlOptions,
  renderDocumentHtml,
} from './rendering/render-html.js';
export { sampleRequest } from './samples/index.js';
export { LANGUAGES, type Language } from './schemas/common.js';
export type { Organization, OrganizationInput } from './schemas/organization.js';
export {
  DOCUMENT_KINDS,
  type DocumentData,
  type DocumentKind,
  parseRenderRequest,
  type RenderRequest,
  renderRequestSchema,
} from './schemas/render-request.js';
export {
  DEV_CERTIFICATE_CN,
  devCertificatePath,
  loadOrCreateDevCertificate,
} from './signing/dev-certificate.js';
export { type SignatureDetails, signPdf } from './signing/sign-pdf.js';
export {
  loadP12Certificate,
  type P12Options,
  type SigningCertificate,
} from './signing/signing-certificate.js';
export { inspectSignature, type SignatureInspection } from './verification/inspect-signature.js';
export { sha256Hex } from './verification/sha256.js';
