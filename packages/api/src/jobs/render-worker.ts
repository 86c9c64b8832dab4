import { documentsRepository, organizationsRepository, peopleRepository, withTenant } from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { issueAcknowledgementReceipt } from '../services/acknowledgement/receipt.js';
import { issueAdoptionExtract } from '../services/adoption/extract.js';
import { issueDocument } from '../services/documents/issue-document.js';
import { sampleDocumentRequest } from '../services/documents/sample-requests.js';
import { documentTitle } from '../services/documents/titles.js';
import { issueTrainingCertificate } from '../services/training/certificate.js';
import type { BatchItemJob, RenderJobContext } from './queue.js';

class SubjectMissingError extends Error {
  constructor() {
    super('person or organisation no longer exists');
  }
}

export function batchItemKey(batchId: string, personId: string): string {
  return `batch:${batchId}:${personId}`;
}

/** One person's document of a batch. Safe to run twice: the idempotency key makes it a no-op. */
function batchItemWorker(deps: AppDeps) {
  return async (job: BatchItemJob, lastAttempt: boolean): Promise<void> => {
    const scope = { tenantId: job.tenantId, userId: job.issuedBy };
    const itemKey = batchItemKey(job.batchId, job.personId);
    try {
      const { person, organization } = await withTenant(deps.db, scope, async (tx) => ({
        person: await peopleRepository.findPerson(tx, job.personId),
        organization: await organizationsRepository.currentOrganization(tx),
      }));
      if (!person || !organization) throw new SubjectMissingError();
      const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
      await issueDocument(deps, {
        tenantId: job.tenantId,
        kind: job.kind,
        language: job.language,
        title: documentTitle(job.kind, job.language),
        subjectLabel: person.fullName,
        personId: person.id,
        batchId: job.batchId,
        idempotencyKey: itemKey,
        sample: true,
        issuedBy: job.issuedBy,
        buildRequest: (documentId, verifyUrl) =>
          sampleDocumentRequest(
            job.kind,
            job.language,
            {
              fullName: person.fullName,
              position: person.position,
              unitName: person.unitName,
              number: person.number,
            },
            { name: names[job.language], bin: organization.bin },
            documentId,
            verifyUrl,
          ),
      });
    } catch (error) {
      if (lastAttempt) {
        // The dead letter keeps the job; the batch shows the person and the reason to the user.
        const reason = error instanceof Error ? error.message : String(error);
        await withTenant(deps.db, scope, async (tx) => {
          const first = await documentsRepository.recordBatchFailure(tx, {
            tenantId: job.tenantId,
            batchId: job.batchId,
            itemKey,
            personId: error instanceof SubjectMissingError ? null : job.personId,
            reason: error instanceof SubjectMissingError ? 'subjectMissing' : 'renderFailed',
            error: reason,
          });
          if (first) await documentsRepository.countBatchItem(tx, job.batchId, 'failed');
        });
      }
      throw error;
    }
  };
}

export function createRenderWorker(deps: AppDeps) {
  const batchItem = batchItemWorker(deps);
  return async ({ job, lastAttempt }: RenderJobContext): Promise<void> => {
    if (job.type === 'batchItem') return batchItem(job, lastAttempt);
    if (job.type === 'ackReceipt') return issueAcknowledgementReceipt(deps, job);
    if (job.type === 'trainingCertificate') return issueTrainingCertificate(deps, job);
    return issueAdoptionExtract(deps, job, lastAttempt);
  };
}
