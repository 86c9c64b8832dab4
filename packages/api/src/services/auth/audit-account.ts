import { withTenant } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';

/**
 * Account events belong to no single tenant; they are chained into the tenant the user acts in,
 * which is where an investigator would look for them.
 */
export async function auditAccountEvent(
  deps: AppDeps,
  tenantId: string | null,
  actor: Actor & { userId: string },
  action: string,
  details?: Record<string, unknown>,
) {
  if (!tenantId) return;
  await withTenant(deps.db, { tenantId, userId: actor.userId }, (tx) =>
    recordAudit(tx, tenantId, actor, action, { type: 'user', id: actor.userId }, details),
  );
}
