import { sql, type Transaction } from 'kysely';
import type { Database } from './database.js';
import type { Db } from './pool.js';

export type TenantTx = Transaction<Database>;

export interface TenantScope {
  tenantId: string;
  userId: string | null;
}

/**
 * Runs `work` in one transaction whose first statement pins the tenant (and acting user) for every
 * row-level security policy. `set_config(..., true)` is transaction-local, so a pooled connection
 * never carries one tenant's setting into another request.
 */
export async function withTenant<T>(
  db: Db,
  scope: TenantScope,
  work: (tx: TenantTx) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${scope.tenantId}, true),
                     set_config('app.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
    return work(tx);
  });
}
