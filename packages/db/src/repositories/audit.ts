import type { Executor } from './executor.js';

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details?: Record<string, unknown>;
}

/** The audit_log row for an entry; also used where the entry is written as part of a larger statement. */
export function auditRow(entry: AuditEntry) {
  return {
    tenant_id: entry.tenantId,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    target_type: entry.targetType ?? null,
    target_id: entry.targetId ?? null,
    ip: entry.ip,
    user_agent: entry.userAgent?.slice(0, 300) ?? null,
    request_id: entry.requestId,
    details: JSON.stringify(entry.details ?? {}),
  };
}

/** Sequence number and hashes are filled in by the chaining trigger in the database. */
export async function appendAudit(db: Executor, entry: AuditEntry) {
  await db.insertInto('audit_log').values(auditRow(entry)).execute();
}
