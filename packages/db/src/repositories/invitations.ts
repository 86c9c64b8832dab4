import { sql } from 'kysely';
import type { InvitationsTable } from '../database.js';
import type { Executor } from './executor.js';

export interface NewInvitation {
  tenantId: string;
  email: string;
  fullName: string | null;
  role: InvitationsTable['role'];
  personId: string | null;
  language: 'kk' | 'ru' | 'en';
  tokenHash: Buffer;
  invitedBy: string | null;
  expiresAt: Date;
}

/** A fresh invitation replaces any still-pending one for the same address and role. */
export async function revokePendingInvitations(db: Executor, email: string, role: NewInvitation['role']) {
  await db
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('email', '=', email)
    .where('role', '=', role)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertInvitation(db: Executor, invitation: NewInvitation): Promise<string> {
  const row = await db
    .insertInto('invitations')
    .values({
      tenant_id: invitation.tenantId,
      email: invitation.email,
      full_name: invitation.fullName,
      role: invitation.role,
      person_id: invitation.personId,
      language: invitation.language,
      token_hash: invitation.tokenHash,
      invited_by: invitation.invitedBy,
      expires_at: invitation.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function listInvitations(db: Executor) {
  return db
    .selectFrom('invitations')
    .select([
      'id',
      'email',
      'full_name as fullName',
      'role',
      'created_at as createdAt',
      'expires_at as expiresAt',
      'accepted_at as acceptedAt',
      'revoked_at as revokedAt',
    ])
    .orderBy('created_at', 'desc')
    .limit(500)
    .execute();
}

export async function revokeInvitation(db: Executor, id: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export function findInvitation(db: Executor, id: string) {
  return db
    .selectFrom('invitations')
    .select(['id', 'accepted_at', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface InvitationByToken {
  tenant_id: string;
  id: string;
  email: string;
  full_name: string | null;
  role: NewInvitation['role'];
  language: 'kk' | 'ru' | 'en';
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** Before sign-in the tenant is unknown; the token itself is the credential. */
export async function findInvitationByToken(db: Executor, tokenHash: Buffer) {
  const result = await sql<InvitationByToken>`select * from app_invitation_by_token(${tokenHash})`.execute(
    db,
  );
  return result.rows[0];
}

/** Single use: only the first caller flips accepted_at. */
export async function markInvitationAccepted(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function personIdOfInvitation(db: Executor, id: string) {
  const row = await db.selectFrom('invitations').select('person_id').where('id', '=', id).executeTakeFirst();
  return row?.person_id ?? null;
}
