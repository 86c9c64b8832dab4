import { buildVerifyUrl } from '../rendering/qr-code.js';
import type { Language } from '../schemas/common.js';
import type { DocumentKind, RenderRequest } from '../schemas/render-request.js';
import { sampleAcknowledgementReceipt } from './acknowledgement-receipt.js';
import { sampleAcknowledgementSheet } from './acknowledgement-sheet.js';
import { sampleBoardExtract } from './board-extract.js';
import { sampleMonitoringReport } from './monitoring-report.js';
import { SAMPLE_BASE_URL, sampleOrganization } from './organization.js';
import { samplePolicy } from './policy.js';
import { sampleTrainingCertificate } from './training-certificate.js';

export { sampleEntries } from './acknowledgement-sheet.js';
export { SAMPLE_BASE_URL, SAMPLE_LOGO_DATA_URL, sampleOrganization } from './organization.js';

const DOCUMENT_IDS: Record<DocumentKind, string> = {
  policy: 'QRG-POL-2025-0002',
  'acknowledgement-receipt': 'QRG-ACK-2025-000417',
  'board-extract': 'QRG-BRD-2025-0003',
  'training-certificate': 'QRG-TRN-2025-000417',
  'acknowledgement-sheet': 'QRG-SHT-2025-0001',
  'monitoring-report': 'QRG-MON-2025-Q1',
};

export interface SampleOptions {
  documentId?: string;
  /** policy only: second language for parallel columns. */
  parallelLanguage?: Language;
  /** acknowledgement-sheet only. */
  entryCount?: number;
  withLogo?: boolean;
}

/** A complete, valid request for each kind and language: fixtures for tests, demos and benchmarks. */
export function sampleRequest(
  kind: DocumentKind,
  language: Language,
  options: SampleOptions = {},
): RenderRequest {
  const documentId = options.documentId ?? DOCUMENT_IDS[kind];
  const common = {
    language,
    documentId,
    verifyUrl: buildVerifyUrl(SAMPLE_BASE_URL, documentId),
    organization: sampleOrganization(language, options.withLogo ?? true),
  };
  switch (kind) {
    case 'policy':
      return { kind, ...common, data: samplePolicy(language, options.parallelLanguage) };
    case 'acknowledgement-receipt':
      return { kind, ...common, data: sampleAcknowledgementReceipt(language) };
    case 'board-extract':
      return { kind, ...common, data: sampleBoardExtract(language) };
    case 'training-certificate':
      return { kind, ...common, data: sampleTrainingCertificate(language) };
    case 'acknowledgement-sheet':
      return { kind, ...common, data: sampleAcknowledgementSheet(language, options.entryCount) };
    case 'monitoring-report':
      return { kind, ...common, data: sampleMonitoringReport(language) };
  }
}
