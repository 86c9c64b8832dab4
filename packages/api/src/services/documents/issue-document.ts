import type { Language } from '@qorgau/core';
import { documentsRepository, withTenant } from '@qorgau/db';
import type { RenderRequest } from '@qorgau/pdf';
import type { AppDeps } from '../../deps.js';
import { recordAudit } from '../audit.js';
import { newPublicDocumentId } from './public-id.js';

export interface IssueSpec {
  tenantId: string;
  kind: string;
  language: Language;
  title: string;
  subjectLabel: string | null;
  personId: string | null;
  batchId: string | null;
  /** Same key, same document: a retried job finds the first one instead of issuing a second. */
  idempotencyKey: string;
  sample: boolean;
  issuedBy: string | null;
  buildRequest: (documentId: string, verifyUrl: string) => RenderRequest;
}

export interface IssueOutcome {
  documentId: string;
  publicId: string;
  issued: boolean;
}

export function verifyUrlFor(deps: AppDeps, publicId: string): string {
  return `${deps.config.publicUrl}/verify/${publicId}`;
}

/**
 * Renders and signs outside any transaction (it takes tens of milliseconds of browser time), then
 * records the document, its batch progress and the audit entry in one tenant transaction.
 */
export async function issueDocument(deps: AppDeps, spec: IssueSpec): Promise<IssueOutcome> {
  const scope = { tenantId: spec.tenantId, userId: spec.issuedBy };
  const existing = await withTenant(deps.db, scope, (tx) =>
    documentsRepository.findDocumentIdByKey(tx, spec.idempotencyKey),
  );
  if (existing) return { documentId: existing.id, publicId: existing.public_id, issued: false };

  const publicId = newPublicDocumentId();
  const signed = await deps.pdf.renderSigned(spec.buildRequest(publicId, verifyUrlFor(deps, publicId)));
  const identity = await deps.pdf.ready();
  return withTenant(deps.db, scope, async (tx) => {
    const documentId = await documentsRepository.insertDocument(tx, {
      tenantId: spec.tenantId,
      publicId,
      kind: spec.kind,
      language: spec.language,
      title: spec.title,
      subjectLabel: spec.subjectLabel,
      personId: spec.personId,
      batchId: spec.batchId,
      idempotencyKey: spec.idempotencyKey,
      sample: spec.sample,
      sha256: signed.sha256,
      content: signed.bytes,
      signer: identity.commonName,
      signedAt: new Date(),
      issuedBy: spec.issuedBy,
    });
    if (!documentId) {
      // Another worker won the race for this key; its document stands, this rendering is dropped.
      const winner = await documentsRepository.findDocumentIdByKey(tx, spec.idempotencyKey);
      if (!winner) throw new Error('document vanished after an idempotency conflict');
      return { documentId: winner.id, publicId: winner.public_id, issued: false };
    }
    if (spec.batchId) await documentsRepository.countBatchItem(tx, spec.batchId, 'done');
    await recordAudit(
      tx,
      spec.tenantId,
      { userId: spec.issuedBy, origin: { requestId: spec.idempotencyKey, ip: 'worker', userAgent: null } },
      'document.issued',
      { type: 'document', id: documentId },
      { kind: spec.kind, publicId, sha256: signed.sha256 },
    );
    return { documentId, publicId, issued: true };
  });
}
