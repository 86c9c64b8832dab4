import { notFound } from '@qorgau/core';
import { type Db, type Executor, importsRepository, type TenantScope, withTenant } from '@qorgau/db';
import type { ImportProgressReport } from './apply.js';

const REPORT_EVERY_MS = 300;

/**
 * Progress of a running import, written from its own short transactions (the import's own one stays
 * invisible until it commits). Never awaited by the import and at most one write in flight, so a
 * busy pool slows the bar, not the import; a lost write only makes the bar lag.
 */
export function importProgressReporter(db: Db, scope: TenantScope, runId: string): ImportProgressReport {
  let inFlight = false;
  let lastAt = 0;
  return async (done, total) => {
    const now = Date.now();
    if (inFlight || (done !== 0 && done !== total && now - lastAt < REPORT_EVERY_MS)) return;
    inFlight = true;
    lastAt = now;
    void withTenant(db, scope, (tx) =>
      importsRepository.saveImportProgress(tx, { tenantId: scope.tenantId, runId, done, total }),
    )
      .catch(() => undefined)
      .finally(() => {
        inFlight = false;
      });
  };
}

/** What the import page polls while "apply" runs: rows written so far, or the outcome once committed. */
export async function importProgress(tx: Executor, runId: string) {
  const row = await importsRepository.findImportProgress(tx, runId);
  if (!row) throw notFound('importRun');
  const applied = row.status === 'applied';
  const total = row.total ?? 0;
  return {
    status: applied ? ('applied' as const) : row.done === null ? ('waiting' as const) : ('applying' as const),
    done: applied ? total : (row.done ?? 0),
    total,
    summary: applied ? (row.summary as Record<string, number> | null) : null,
  };
}
