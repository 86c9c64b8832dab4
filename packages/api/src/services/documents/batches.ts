import { notFound } from '@qorgau/core';
import { documentsRepository, type Executor } from '@qorgau/db';
import type { Clock } from '../../clock.js';

type BatchRow = NonNullable<Awaited<ReturnType<typeof documentsRepository.findBatch>>>;

/** Progress as the user sees it, with an estimate from the pace so far. */
export function presentBatch(row: BatchRow, now: Date) {
  const processed = row.done + row.failed;
  const started = new Date(row.createdAt).getTime();
  const elapsedSeconds = Math.max(0.001, (now.getTime() - started) / 1000);
  const remaining = row.total - processed;
  const finished = row.finishedAt !== null || remaining === 0;
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    total: row.total,
    done: row.done,
    failed: row.failed,
    status: finished ? (row.failed > 0 ? 'completedWithFailures' : 'completed') : 'running',
    createdAt: new Date(row.createdAt).toISOString(),
    finishedAt: row.finishedAt ? new Date(row.finishedAt).toISOString() : null,
    etaSeconds: finished || processed === 0 ? null : Math.ceil((remaining * elapsedSeconds) / processed),
  } as const;
}

export async function getBatch(tx: Executor, id: string, clock: Clock) {
  const row = await documentsRepository.findBatch(tx, id);
  if (!row) throw notFound('documentBatch');
  const failures = await documentsRepository.listBatchFailures(tx, id);
  return {
    ...presentBatch(row, clock()),
    failures: failures.map((failure) => ({ ...failure, failedAt: new Date(failure.failedAt).toISOString() })),
  };
}

export async function listBatches(tx: Executor, clock: Clock) {
  const rows = await documentsRepository.listBatches(tx, 50);
  return rows.map((row) => presentBatch(row, clock()));
}

export async function listDocuments(tx: Executor, options: { batchId?: string | undefined }) {
  if (options.batchId && !(await documentsRepository.findBatch(tx, options.batchId)))
    throw notFound('documentBatch');
  const rows = await documentsRepository.listDocuments(tx, { limit: 200, batchId: options.batchId });
  return rows.map((row) => ({ ...row, signedAt: new Date(row.signedAt).toISOString() }));
}
