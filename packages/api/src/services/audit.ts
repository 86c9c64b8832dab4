import { type AuditEntry, auditRepository, type Executor } from '@qorgau/db';
import type { RequestOrigin } from '../trpc/context.js';

export interface Actor {
  userId: string | null;
  origin: RequestOrigin;
}

/** The entry recordAudit writes, for a repository that writes it within a larger statement. */
export function auditEntry(
  tenantId: string,
  actor: Actor,
  action: string,
  target?: { type: string; id: string },
  details?: Record<string, unknown>,
): AuditEntry {
  return {
    tenantId,
    actorUserId: actor.userId,
    action,
    ...(target ? { targetType: target.type, targetId: target.id } : {}),
    ip: actor.origin.ip,
    userAgent: actor.origin.userAgent,
    requestId: actor.origin.requestId,
    ...(details ? { details } : {}),
  };
}

export async function recordAudit(
  db: Executor,
  tenantId: string,
  actor: Actor,
  action: string,
  target?: { type: string; id: string },
  details?: Record<string, unknown>,
) {
  await auditRepository.appendAudit(db, auditEntry(tenantId, actor, action, target, details));
}
