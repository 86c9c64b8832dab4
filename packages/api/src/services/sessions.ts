import { isLanguage } from '@qorgau/core';
import { type EnteredSession, type Executor, type SessionEntry, sessionsRepository } from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { hashToken, newToken } from '../security/tokens.js';
import type { SessionCookieJar, SessionUser } from '../trpc/context.js';
import type { Actor } from './audit.js';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
// Writing last_seen on every request would turn each read into a write.
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export async function startSession(
  db: Executor,
  deps: AppDeps,
  input: { userId: string; tenantId: string | null; actor: Actor; cookies: SessionCookieJar },
): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(deps.clock().getTime() + SESSION_TTL_MS);
  const { id } = await sessionsRepository.insertSession(db, {
    tokenHash: hashToken(token),
    userId: input.userId,
    activeTenantId: input.tenantId,
    ip: input.actor.origin.ip,
    userAgent: input.actor.origin.userAgent,
    expiresAt,
  });
  input.cookies.set(token, expiresAt);
  return id;
}

function plausibleToken(token: string | undefined): token is string {
  return token !== undefined && token.length > 0 && token.length <= 100;
}

/** What the tenant transaction's first statement needs to resolve and keep alive the session. */
export function sessionEntry(deps: AppDeps, token: string | undefined): SessionEntry | null {
  if (!plausibleToken(token)) return null;
  const now = deps.clock();
  return {
    tokenHash: hashToken(token),
    now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
    touchBefore: new Date(now.getTime() - TOUCH_INTERVAL_MS),
  };
}

type SessionFields = Omit<EnteredSession, 'roles'>;

export function enteredSessionUser(entered: SessionFields): SessionUser {
  return {
    sessionId: entered.sessionId,
    userId: entered.userId,
    email: entered.email,
    fullName: entered.fullName,
    language: isLanguage(entered.language) ? entered.language : 'ru',
    activeTenantId: entered.activeTenantId,
  };
}

export async function resolveSession(deps: AppDeps, token: string | undefined): Promise<SessionUser | null> {
  if (!plausibleToken(token)) return null;
  const now = deps.clock();
  const found = await sessionsRepository.findLiveSessionByTokenHash(deps.db, hashToken(token), now);
  if (!found) return null;
  if (now.getTime() - new Date(found.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
    await sessionsRepository.touchSession(
      deps.db,
      found.sessionId,
      now,
      new Date(now.getTime() + SESSION_TTL_MS),
    );
  }
  return enteredSessionUser(found);
}
