import { DomainError, type Language } from '@qorgau/core';
import { documentsRepository, type Executor, peopleRepository } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import type { IssuableKind } from './titles.js';

const MAX_BATCH = 100_000;

/**
 * Issues one sample document per active person, in the background. Demo and development only:
 * real certificates and receipts come from trainings and acknowledgements.
 */
export async function startSampleBatch(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { kind: IssuableKind; language: Language },
) {
  if (!deps.config.demoMode) throw new DomainError('FORBIDDEN', 'documents.samplesDisabled');
  if (!deps.jobs) throw new DomainError('CONFLICT', 'documents.workersUnavailable');
  const people = await peopleRepository.listActivePersonIds(tx, MAX_BATCH);
  if (people.length === 0) throw new DomainError('INVALID', 'documents.nobodyToIssue');
  const batchId = await documentsRepository.insertBatch(tx, {
    tenantId,
    kind: input.kind,
    language: input.language,
    total: people.length,
    createdBy: actor.userId,
  });
  await deps.jobs.enqueueRenders(
    tx,
    people.map((personId) => ({
      type: 'batchItem' as const,
      tenantId,
      batchId,
      personId,
      kind: input.kind,
      language: input.language,
      issuedBy: actor.userId,
    })),
  );
  await recordAudit(
    tx,
    tenantId,
    actor,
    'documents.batchStarted',
    { type: 'documentBatch', id: batchId },
    {
      kind: input.kind,
      total: people.length,
    },
  );
  return { batchId, total: people.length };
}
