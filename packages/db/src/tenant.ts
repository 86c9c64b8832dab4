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
    await sql`/* opens-transaction */
      select set_config('app.tenant_id', ${scope.tenantId}, true),
             set_config('app.user_id', ${scope.userId ?? ''}, true)`.execute(tx);
    return work(tx);
  });
}

export type TenantRoles = MembershipsTable['role'][];

/** The signed-in user behind a session cookie, as the session entry statement found it. */
export interface EnteredSession {
  sessionId: string;
  userId: string;
  email: string;
  fullName: string;
  language: string;
  activeTenantId: string | null;
  /** The user's roles in the active organisation; empty without one or without a membership. */
  roles: TenantRoles;
}

export interface SessionEntry {
  tokenHash: Buffer;
  now: Date;
  /** The session's new expiry when it is touched. */
  expiresAt: Date;
  /** A session last seen before this is touched; later ones are left alone. */
  touchBefore: Date;
}

interface EnteredRow {
  session_id: string;
  user_id: string;
  email: string;
  full_name: string;
  language: string;
  active_tenant_id: string | null;
  roles: TenantRoles;
}

/**
 * One transaction for a request that carries only a session cookie: its first statement resolves
 * the session and, when it has an active organisation, pins it for row-level security and returns
 * the roles there. `work` gets null for no live session and decides what that means.
 */
export async function withSessionTenant<T>(
  db: Db,
  entry: SessionEntry,
  work: (tx: TenantTx, entered: EnteredSession | null) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    // Sent with the transaction's BEGIN: one round trip fewer on every request.
    const { rows } = await sql<EnteredRow>`/* opens-transaction */
      select * from app_enter_session(${entry.tokenHash}, ${entry.now}, ${entry.expiresAt},
                                      ${entry.touchBefore})`.execute(tx);
    const row = rows[0];
    const entered: EnteredSession | null = row
      ? {
          sessionId: row.session_id,
          userId: row.user_id,
          email: row.email,
          fullName: row.full_name,
          language: row.language,
          activeTenantId: row.active_tenant_id,
          roles: row.roles,
        }
      : null;
    return work(tx, entered);
  });
}
