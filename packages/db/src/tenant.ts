import { sql, type Transaction } from 'kysely';
import type { Database, MembershipsTable } from './database.js';
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

export type TenantRoles = MembershipsTable['role'][];

/**
 * withTenant for a signed-in member: the same single transaction, whose first statement both pins
 * tenant and user and returns the user's roles there (read under row-level security). One round
 * trip fewer than set_config followed by a membership query, on the path of every tenant request.
 */
export async function withTenantMember<T>(
  db: Db,
  scope: { tenantId: string; userId: string },
  work: (tx: TenantTx, roles: TenantRoles) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const { rows } = await sql<{ roles: TenantRoles }>`
      select app_enter_tenant(${scope.tenantId}::uuid, ${scope.userId}::uuid) as roles`.execute(tx);
    return work(tx, rows[0]?.roles ?? []);
  });
}
