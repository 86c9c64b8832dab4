import { DomainError, type Language } from '@qorgau/core';
import {
  type Executor,
  invitationsRepository,
  membershipsRepository,
  type NewInvitation,
  outboxRepository,
  peopleRepository,
  usersRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { formatDateTime, renderEmail, roleName } from '../email/templates.js';
import { hashPassword, verifyPassword } from '../security/passwords.js';
import { hashToken, newToken } from '../security/tokens.js';
import type { RequestOrigin, SessionCookieJar } from '../trpc/context.js';
import { type Actor, recordAudit } from './audit.js';
import { describeMe, type LocalizedNames, type Me } from './me.js';
import { startSession } from './sessions.js';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface InvitationRequest {
  email: string;
  fullName: string | null;
  role: NewInvitation['role'];
  personId: string | null;
  language: Language;
  organizationNames: LocalizedNames;
}

/** Must run inside the tenant transaction of the organisation the person is invited to. */
export async function createInvitation(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  request: InvitationRequest,
): Promise<string> {
  const token = newToken();
  const expiresAt = new Date(deps.clock().getTime() + INVITATION_TTL_MS);
  await invitationsRepository.revokePendingInvitations(tx, request.email, request.role);
  const id = await invitationsRepository.insertInvitation(tx, {
    tenantId,
    email: request.email,
    fullName: request.fullName,
    role: request.role,
    personId: request.personId,
    language: request.language,
    tokenHash: hashToken(token),
    invitedBy: actor.userId,
    expiresAt,
  });
  const message = renderEmail(request.language, 'invitation', {
    fullName: request.fullName ?? undefined,
    organization: request.organizationNames[request.language],
    roleName: roleName(request.language, request.role),
    link: `${deps.config.publicUrl}/invite?token=${token}`,
    expires: formatDateTime(request.language, expiresAt),
  });
  await outboxRepository.enqueueEmail(tx, {
    to: request.email,
    language: request.language,
    template: 'invitation',
    ...message,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'invitation.created',
    { type: 'invitation', id },
    {
      role: request.role,
      personId: request.personId,
    },
  );
  return id;
}

export type InvitationStatus = 'valid' | 'expired' | 'used' | 'revoked';

async function loadInvitation(deps: AppDeps, token: string) {
  const invitation = await invitationsRepository.findInvitationByToken(deps.db, hashToken(token));
  if (!invitation) throw new DomainError('NOT_FOUND', 'invitation.notFound', 'token');
  let status: InvitationStatus = 'valid';
  if (invitation.accepted_at) status = 'used';
  else if (invitation.revoked_at) status = 'revoked';
  else if (new Date(invitation.expires_at) <= deps.clock()) status = 'expired';
  return { invitation, status };
}

export async function previewInvitation(deps: AppDeps, token: string) {
  const { invitation, status } = await loadInvitation(deps, token);
  return {
    email: invitation.email,
    fullName: invitation.full_name,
    role: invitation.role,
    language: invitation.language,
    organizationNames: { kk: invitation.name_kk, ru: invitation.name_ru, en: invitation.name_en },
    expiresAt: new Date(invitation.expires_at).toISOString(),
    status,
  };
}

const REFUSALS: Record<Exclude<InvitationStatus, 'valid'>, string> = {
  used: 'invitation.used',
  revoked: 'invitation.revoked',
  expired: 'invitation.expired',
};

/**
 * The token proves the right to join its tenant, so acceptance opens that tenant's transaction.
 * An existing account must prove itself with its current password: a forwarded link must not let
 * someone take it over.
 */
export async function acceptInvitation(
  deps: AppDeps,
  input: { token: string; fullName: string; password: string },
  origin: RequestOrigin,
  cookies: SessionCookieJar,
): Promise<Me> {
  const { invitation, status } = await loadInvitation(deps, input.token);
  if (status !== 'valid') throw new DomainError('EXPIRED', REFUSALS[status], 'token');

  const existing = await usersRepository.findUserByEmail(deps.db, invitation.email);
  if (existing?.password_hash && !(await verifyPassword(existing.password_hash, input.password))) {
    throw new DomainError('UNAUTHENTICATED', 'invitation.existingAccountPassword', 'password');
  }
  const passwordHash = existing?.password_hash ? null : await hashPassword(input.password);
  const tenantId = invitation.tenant_id;
  // One transaction: a failure part-way leaves neither an orphan account nor a used invitation.
  const user = await withTenant(deps.db, { tenantId, userId: existing?.id ?? null }, async (tx) => {
    if (!(await invitationsRepository.markInvitationAccepted(tx, invitation.id, deps.clock()))) {
      throw new DomainError('EXPIRED', 'invitation.used', 'token');
    }
    const account =
      existing ??
      (await usersRepository.insertUser(tx, {
        email: invitation.email,
        fullName: input.fullName,
        passwordHash: passwordHash ?? '',
        language: invitation.language,
      }));
    if (existing && passwordHash) await usersRepository.updateUserPassword(tx, existing.id, passwordHash);
    const userId = account.id;
    const actor = { userId, origin };
    const personId = await invitationsRepository.personIdOfInvitation(tx, invitation.id);
    if (personId) await peopleRepository.linkPersonToUser(tx, personId, userId);
    await membershipsRepository.upsertMembership(tx, { tenantId, userId, role: invitation.role, personId });
    await recordAudit(
      tx,
      tenantId,
      actor,
      'invitation.accepted',
      { type: 'invitation', id: invitation.id },
      {
        role: invitation.role,
      },
    );
    await startSession(tx, deps, { userId, tenantId, actor, cookies });
    return account;
  });
  const language = user.preferred_language as Language;
  return describeMe(
    deps.db,
    { id: user.id, email: user.email, fullName: user.full_name, language },
    tenantId,
  );
}
