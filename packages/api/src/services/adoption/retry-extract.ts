import { DomainError, notFound } from '@qorgau/core';
import { adoptionsRepository, type Executor } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import { getAdoption } from './record-adoption.js';

/**
 * Renders a failed extract again. Only a failed one is re-queued, and only by the caller that clears
 * its error, so repeated clicks queue one job; the document's idempotency key (`adoption:<id>`)
 * still guarantees a single extract if an earlier attempt got further than it reported.
 */
export async function retryAdoptionExtract(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  versionId: string,
) {
  const adoption = await adoptionsRepository.findAdoptionByVersion(tx, versionId);
  if (!adoption) throw notFound('adoption');
  const failed = adoption.extract_error !== null && adoption.extract_document_id === null;
  if (failed && !deps.jobs) throw new DomainError('CONFLICT', 'documents.workersUnavailable');
  if (failed && deps.jobs && (await adoptionsRepository.claimExtractRetry(tx, adoption.id))) {
    await deps.jobs.enqueueRenders(tx, [
      { type: 'adoptionExtract', tenantId, adoptionId: adoption.id, issuedBy: actor.userId },
    ]);
    await recordAudit(tx, tenantId, actor, 'adoption.extractRetried', { type: 'adoption', id: adoption.id });
  }
  return getAdoption(tx, versionId);
}
