import { DomainError } from '@qorgau/core';
import { type Executor, organizationsRepository, withTenant } from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { type Actor, recordAudit } from './audit.js';
import { createInvitation } from './invitations.js';

/** Project staff's cross-tenant view: aggregates only, and the viewing itself is audited. */
export async function listPartnerOrganizations(tx: Executor, tenantId: string, actor: Actor) {
  const rows = await organizationsRepository.organizationOverview(tx);
  await recordAudit(tx, tenantId, actor, 'programme.organizationsViewed', undefined, { count: rows.length });
  return rows.map((row) => ({
    id: row.tenant_id,
    kind: row.kind,
    names: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
    bin: row.bin,
    status: row.status,
    defaultLanguage: row.default_language,
    createdAt: new Date(row.created_at).toISOString(),
    peopleActive: Number(row.people_active),
    peopleTotal: Number(row.people_total),
    units: Number(row.units),
    officers: Number(row.officers),
    pendingInvitations: Number(row.pending_invitations),
  }));
}

export async function createPartnerOrganization(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: {
    kind: 'company' | 'university';
    names: { kk: string; ru: string; en: string };
    bin: string;
    defaultLanguage: 'kk' | 'ru' | 'en';
  },
) {
  const id = await organizationsRepository.createOrganization(tx, {
    ...input,
    requestId: actor.origin.requestId,
    ip: actor.origin.ip,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'programme.organizationCreated',
    { type: 'organization', id },
    {
      kind: input.kind,
    },
  );
  return { id };
}

/**
 * The programme writes into a partner's tenant here, so the partner's own audit chain records it
 * alongside the programme's.
 */
export async function inviteOfficer(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { organizationId: string; email: string; fullName: string; language: 'kk' | 'ru' | 'en' },
) {
  const partners = await organizationsRepository.organizationOverview(tx);
  const partner = partners.find((row) => row.tenant_id === input.organizationId);
  if (!partner) throw new DomainError('NOT_FOUND', 'organization.notFound', 'organizationId');
  const invitationId = await withTenant(
    deps.db,
    { tenantId: partner.tenant_id, userId: actor.userId },
    (partnerTx) =>
      createInvitation(partnerTx, deps, partner.tenant_id, actor, {
        email: input.email,
        fullName: input.fullName,
        role: 'hr_officer',
        personId: null,
        language: input.language,
        organizationNames: { kk: partner.name_kk, ru: partner.name_ru, en: partner.name_en },
      }),
  );
  await recordAudit(
    tx,
    tenantId,
    actor,
    'programme.officerInvited',
    { type: 'organization', id: partner.tenant_id },
    {
      invitationId,
    },
  );
  return { invitationId };
}
