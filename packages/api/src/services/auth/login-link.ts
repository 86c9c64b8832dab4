import { DomainError, type Language } from '@qorgau/core';
import {
  membershipsRepository,
  peopleRepository,
  remindersRepository,
  usersRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { hashToken } from '../../security/tokens.js';
import type { RequestOrigin, SessionCookieJar } from '../../trpc/context.js';
import { recordAudit } from '../audit.js';
import { describeMe, type Me } from '../me.js';
import { startSession } from '../sessions.js';

/**
 * The link in a campaign email signs its person in once. Someone without an account yet gets one
 * (no password: they can set one later through "forgot password") with the member role.
 */
export async function redeemLoginLink(
  deps: AppDeps,
  token: string,
  origin: RequestOrigin,
  cookies: SessionCookieJar,
): Promise<Me> {
  const link = await remindersRepository.findLoginLink(deps.db, hashToken(token));
  if (!link) throw new DomainError('NOT_FOUND', 'link.invalid', 'token');
  if (link.used_at) throw new DomainError('EXPIRED', 'link.used', 'token');
  if (new Date(link.expires_at) <= deps.clock()) throw new DomainError('EXPIRED', 'link.expired', 'token');
  const tenantId = link.tenant_id;
  const user = await withTenant(deps.db, { tenantId, userId: null }, async (tx) => {
    if (!(await remindersRepository.useLoginLink(tx, link.id, deps.clock())))
      throw new DomainError('EXPIRED', 'link.used', 'token');
    const person = await peopleRepository.findPersonRecord(tx, link.person_id);
    if (person?.status !== 'active' || !person.email)
      throw new DomainError('NOT_FOUND', 'link.invalid', 'token');
    let account = person.user_id
      ? await usersRepository.findUserById(tx, person.user_id)
      : await usersRepository.findUserByEmail(tx, person.email);
    account ??= await usersRepository.insertUserWithoutPassword(tx, {
      email: person.email,
      fullName: person.full_name,
      language: person.language,
    });
    if (!person.user_id) await peopleRepository.linkPersonToUser(tx, person.id, account.id);
    await membershipsRepository.upsertMembership(tx, {
      tenantId,
      userId: account.id,
      role: 'member',
      personId: person.id,
    });
    await recordAudit(tx, tenantId, { userId: account.id, origin }, 'auth.linkRedeemed', {
      type: 'person',
      id: person.id,
    });
    await startSession(tx, deps, {
      userId: account.id,
      tenantId,
      actor: { userId: account.id, origin },
      cookies,
    });
    return account;
  });
  const language = user.preferred_language as Language;
  return describeMe(
    deps.db,
    { id: user.id, email: user.email, fullName: user.full_name, language },
    tenantId,
  );
}
