import { DomainError, type Language } from '@qorgau/core';
import { sessionsRepository, usersRepository } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { verifyPassword } from '../../security/passwords.js';
import type { RequestOrigin, SessionCookieJar, SessionUser } from '../../trpc/context.js';
import { describeMe, listMemberships, type Me } from '../me.js';
import { startSession } from '../sessions.js';
import { auditAccountEvent } from './audit-account.js';

export async function signIn(
  deps: AppDeps,
  input: { email: string; password: string },
  origin: RequestOrigin,
  cookies: SessionCookieJar,
): Promise<Me> {
  await deps.rateLimits.assertSignInAllowed(input.email, origin.ip);
  const user = await usersRepository.findUserByEmail(deps.db, input.email);
  const valid = await verifyPassword(user?.password_hash, input.password);
  if (!user || !valid || user.disabled_at) {
    await deps.rateLimits.recordSignInFailure(input.email, origin.ip);
    throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');
  }
  await deps.rateLimits.recordSignInSuccess(input.email);
  const memberships = await listMemberships(deps.db, user.id);
  const tenantId = memberships[0]?.organizationId ?? null;
  const actor = { userId: user.id, origin };
  await startSession(deps.db, deps, { userId: user.id, tenantId, actor, cookies });
  await auditAccountEvent(deps, tenantId, actor, 'auth.signedIn');
  const language = user.preferred_language as Language;
  return describeMe(
    deps.db,
    { id: user.id, email: user.email, fullName: user.full_name, language },
    tenantId,
  );
}

export async function signOut(
  deps: AppDeps,
  session: SessionUser,
  origin: RequestOrigin,
  cookies: SessionCookieJar,
) {
  await sessionsRepository.revokeSession(deps.db, session.sessionId, deps.clock());
  cookies.clear();
  await auditAccountEvent(deps, session.activeTenantId, { userId: session.userId, origin }, 'auth.signedOut');
}

export async function signOutEverywhere(
  deps: AppDeps,
  session: SessionUser,
  origin: RequestOrigin,
  cookies: SessionCookieJar,
) {
  const revoked = await sessionsRepository.revokeUserSessions(deps.db, session.userId, deps.clock());
  cookies.clear();
  await auditAccountEvent(
    deps,
    session.activeTenantId,
    { userId: session.userId, origin },
    'auth.signedOutEverywhere',
    {
      sessions: revoked,
    },
  );
}

export async function switchOrganization(
  deps: AppDeps,
  session: SessionUser,
  organizationId: string,
  origin: RequestOrigin,
): Promise<Me> {
  const memberships = await listMemberships(deps.db, session.userId);
  if (!memberships.some((membership) => membership.organizationId === organizationId)) {
    throw new DomainError('NOT_FOUND', 'organization.notFound', 'organizationId');
  }
  await sessionsRepository.setSessionTenant(deps.db, session.sessionId, organizationId);
  await auditAccountEvent(
    deps,
    organizationId,
    { userId: session.userId, origin },
    'auth.organizationSwitched',
  );
  const { userId: id, email, fullName, language } = session;
  return describeMe(deps.db, { id, email, fullName, language }, organizationId);
}

export async function setLanguage(
  deps: AppDeps,
  session: SessionUser,
  language: Language,
  origin: RequestOrigin,
) {
  await usersRepository.updateUserLanguage(deps.db, session.userId, language);
  await auditAccountEvent(
    deps,
    session.activeTenantId,
    { userId: session.userId, origin },
    'user.languageChanged',
    {
      language,
    },
  );
}
