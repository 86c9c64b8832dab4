import { notFound } from '@qorgau/core';
import { type Executor, invitationsRepository } from '@qorgau/db';
import type { Clock } from '../clock.js';
import { type Actor, recordAudit } from './audit.js';

export async function listInvitations(tx: Executor, clock: Clock) {
  const now = clock();
  const rows = await invitationsRepository.listInvitations(tx);
  return rows.map((row) => {
    let status: 'pending' | 'accepted' | 'expired' | 'revoked' = 'pending';
    if (row.acceptedAt) status = 'accepted';
    else if (row.revokedAt) status = 'revoked';
    else if (new Date(row.expiresAt) <= now) status = 'expired';
    return {
      id: row.id,
      email: row.email,
      fullName: row.fullName,
      role: row.role,
      createdAt: new Date(row.createdAt).toISOString(),
      expiresAt: new Date(row.expiresAt).toISOString(),
      status,
    };
  });
}

export async function revokeInvitation(tx: Executor, tenantId: string, actor: Actor, id: string) {
  if (!(await invitationsRepository.revokeInvitation(tx, id))) {
    const exists = await invitationsRepository.findInvitation(tx, id);
    if (!exists) throw notFound('invitation');
    return { ok: true as const };
  }
  await recordAudit(tx, tenantId, actor, 'invitation.revoked', { type: 'invitation', id });
  return { ok: true as const };
}
