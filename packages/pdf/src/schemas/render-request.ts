import { z } from 'zod';
import { acknowledgementReceiptDataSchema } from './acknowledgement-receipt.js';
import { acknowledgementSheetDataSchema } from './acknowledgement-sheet.js';
import { boardExtractDataSchema } from './board-extract.js';
import { languageSchema, text } from './common.js';
import { monitoringReportDataSchema } from './monitoring-report.js';
import { organizationSchema } from './organization.js';
import { type PolicyData, policyDataSchema } from './policy.js';
import { trainingCertificateDataSchema } from './training-certificate.js';

export const DOCUMENT_KINDS = [
  'policy',
  'acknowledgement-receipt',
  'board-extract',
  'training-certificate',
  'acknowledgement-sheet',
  'monitoring-report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Printed in the footer and in the verify URL, so it is kept short and URL-safe. */
export const documentIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'document id: letters, digits, dot, dash, underscore');

/** Filled in by the signing service so the visible block names the certificate that seals it. */
export const sealSchema = z.object({
  certificateSubject: text(300),
  development: z.boolean(),
});

const common = {
  language: languageSchema,
  documentId: documentIdSchema,
  verifyUrl: z.url({ protocol: /^https?$/ }).max(2000),
  organization: organizationSchema,
  seal: sealSchema.optional(),
};

function checkPolicyLanguages(
  request: { language: z.infer<typeof languageSchema>; data: PolicyData },
  ctx: z.RefinementCtx,
): void {
  const { language, data } = request;
  const primary = data.content[language];
  if (!primary) {
    ctx.addIssue({
      code: 'custom',
      path: ['data', 'content', language],
      message: 'no policy text in this language',
    });
    return;
  }
  const parallel = data.parallelLanguage;
  if (parallel === undefined) return;
  const secondary = data.content[parallel];
  if (parallel === language || !secondary) {
    ctx.addIssue({
      code: 'custom',
      path: ['data', 'parallelLanguage'],
      message: 'needs a second language with text',
    });
    return;
  }
  // Parallel columns pair sections one to one; a mismatch would misalign the translations.
  if (secondary.sections.length !== primary.sections.length) {
    ctx.addIssue({ code: 'custom', path: ['data', 'content', parallel], message: 'section count differs' });
  }
}

export const renderRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({ kind: z.literal('policy'), ...common, data: policyDataSchema })
    .superRefine(checkPolicyLanguages),
  z.object({ kind: z.literal('acknowledgement-receipt'), ...common, data: acknowledgementReceiptDataSchema }),
  z.object({ kind: z.literal('board-extract'), ...common, data: boardExtractDataSchema }),
  z.object({ kind: z.literal('training-certificate'), ...common, data: trainingCertificateDataSchema }),
  z.object({ kind: z.literal('acknowledgement-sheet'), ...common, data: acknowledgementSheetDataSchema }),
  z.object({ kind: z.literal('monitoring-report'), ...common, data: monitoringReportDataSchema }),
]);

export type RenderRequest = z.input<typeof renderRequestSchema>;
export type ValidRenderRequest = z.output<typeof renderRequestSchema>;
export type DocumentData<K extends DocumentKind> = Extract<RenderRequest, { kind: K }>['data'];

export function parseRenderRequest(request: RenderRequest): ValidRenderRequest {
  return renderRequestSchema.parse(request);
}
