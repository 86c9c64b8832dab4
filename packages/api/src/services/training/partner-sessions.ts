import { notFound } from '@qorgau/core';
import { type Executor, organizationsRepository, withTenant } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import { createSession, importAttendance } from './sessions.js';

type SessionInput = Parameters<typeof createSession>[3];

/**
 * The programme runs live sessions with its partners: project staff record one in the partner's
 * tenant, with its attendance list, after checking the partner is one the database shows to project
 * staff. Both tenants' audit chains record it; attendees are credited and certified as usual.
 */
export async function recordPartnerSession(
  ngoTx: Executor,
  deps: AppDeps,
  ngoTenantId: string,
  actor: Actor,
  input: { organizationId: string; session: SessionInput; list: string },
) {
  const partners = await organizationsRepository.organizationOverview(ngoTx);
  if (!partners.some((partner) => partner.tenant_id === input.organizationId)) throw notFound('organization');
  const outcome = await withTenant(
    deps.db,
    { tenantId: input.organizationId, userId: actor.userId },
    async (tx) => {
      const session = await createSession(tx, input.organizationId, actor, input.session);
      const attendance = await importAttendance(tx, deps, input.organizationId, actor, {
        sessionId: session.id,
        list: input.list,
      });
      return { sessionId: session.id, ...attendance };
    },
  );
  await recordAudit(
    ngoTx,
    ngoTenantId,
    actor,
    'programme.trainingSessionRecorded',
    { type: 'trainingSession', id: outcome.sessionId },
    { organizationId: input.organizationId, recorded: outcome.recorded },
  );
  return outcome;
}
