import type { Executor } from './executor.js';

export function insertSession(
  db: Executor,
  session: {
    tokenHash: Buffer;
    userId: string;
    activeTenantId: string | null;
    ip: string | null;
    userAgent: string | null;
    expiresAt: Date;
  },
) {
  return db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      active_tenant_id: session.activeTenantId,
      ip: session.ip,
      user_agent: session.userAgent?.slice(0, 300) ?? null,
      expires_at: session.expiresAt,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export function findLiveSessionByTokenHash(db: Executor, tokenHash: Buffer, now: Date) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.active_tenant_id as activeTenantId',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.email as email',
      'users.full_name as fullName',
      'users.preferred_language as language',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, sessionId: string, now: Date, expiresAt: Date) {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', sessionId)
    .execute();
}

export async function setSessionTenant(db: Executor, sessionId: string, tenantId: string) {
  await db.updateTable('sessions').set({ active_tenant_id: tenantId }).where('id', '=', sessionId).execute();
}

export async function revokeSession(db: Executor, sessionId: string, now: Date) {
  await db.updateTable('sessions').set({ revoked_at: now }).where('id', '=', sessionId).execute();
}

export async function revokeUserSessions(db: Executor, userId: string, now: Date): Promise<number> {
  const result = await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
