import { DomainError, isLanguage } from '@qorgau/core';
import { outboxRepository, passwordResetsRepository, sessionsRepository, usersRepository } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { formatDateTime, renderEmail } from '../../email/templates.js';
import { hashPassword } from '../../security/passwords.js';
import { hashToken, newToken } from '../../security/tokens.js';
import type { RequestOrigin } from '../../trpc/context.js';
import { listMemberships } from '../me.js';
import { auditAccountEvent } from './audit-account.js';

const RESET_TTL_MS = 60 * 60 * 1000;

/** Answers the same whether or not the account exists, so it cannot be used to find accounts. */
export async function requestPasswordReset(
  deps: AppDeps,
  email: string,
  origin: RequestOrigin,
): Promise<void> {
  await deps.rateLimits.consumeEmailRequest(email, origin.ip);
  const user = await usersRepository.findUserByEmail(deps.db, email);
  if (!user || user.disabled_at) return;
  const token = newToken();
  const expiresAt = new Date(deps.clock().getTime() + RESET_TTL_MS);
  const language = isLanguage(user.preferred_language) ? user.preferred_language : 'ru';
  const message = renderEmail(language, 'password-reset', {
    fullName: user.full_name,
    link: `${deps.config.publicUrl}/reset?token=${token}`,
    expires: formatDateTime(language, expiresAt),
  });
  await deps.db.transaction().execute(async (tx) => {
    await passwordResetsRepository.insertPasswordReset(tx, user.id, hashToken(token), expiresAt);
    await outboxRepository.enqueueEmail(tx, {
      to: user.email,
      language,
      template: 'password-reset',
      ...message,
    });
  });
  const tenantId = (await listMemberships(deps.db, user.id))[0]?.organizationId ?? null;
  await auditAccountEvent(deps, tenantId, { userId: user.id, origin }, 'auth.passwordResetRequested');
  void deps.mailer?.flush().catch(() => undefined);
}

export async function resetPassword(
  deps: AppDeps,
  input: { token: string; password: string },
  origin: RequestOrigin,
): Promise<void> {
  const reset = await passwordResetsRepository.findPasswordReset(deps.db, hashToken(input.token));
  if (!reset) throw new DomainError('NOT_FOUND', 'reset.invalid', 'token');
  if (reset.used_at) throw new DomainError('EXPIRED', 'reset.used', 'token');
  if (new Date(reset.expires_at) <= deps.clock()) throw new DomainError('EXPIRED', 'reset.expired', 'token');
  const passwordHash = await hashPassword(input.password);
  await deps.db.transaction().execute(async (tx) => {
    if (!(await passwordResetsRepository.consumePasswordReset(tx, reset.id, deps.clock()))) {
      throw new DomainError('EXPIRED', 'reset.used', 'token');
    }
    await usersRepository.updateUserPassword(tx, reset.user_id, passwordHash);
    // Whoever knew the old password is locked out at once.
    await sessionsRepository.revokeUserSessions(tx, reset.user_id, deps.clock());
  });
  const tenantId = (await listMemberships(deps.db, reset.user_id))[0]?.organizationId ?? null;
  await auditAccountEvent(deps, tenantId, { userId: reset.user_id, origin }, 'auth.passwordReset');
}
