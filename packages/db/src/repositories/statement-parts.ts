import { type RawBuilder, sql } from 'kysely';
import type { InlineJob } from '../queues.js';
import { type AuditEntry, auditRow } from './audit.js';

// Parts of the one-statement writes on the busiest paths (an acknowledgement, a quiz submission):
// each inserts once per row of an earlier step of the same statement, so nothing is written when
// that step wrote nothing.

/**
 * The job row as the queue library's own insert writes it, with the queue's settings (pg-boss 10's
 * job table; the receipt and certificate tests render one end to end through the worker).
 */
export function jobInsertPer(source: string, job: InlineJob | null): RawBuilder<unknown> {
  const data = job ? JSON.stringify(job.data) : null;
  return sql`insert into pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in,
      keep_until, dead_letter, policy)
    select q.name, ${data}::jsonb, coalesce(q.retry_limit, 2), greatest(coalesce(q.retry_delay, 0), 1),
      coalesce(q.retry_backoff, false), ${job?.expireSeconds ?? 0} * interval '1 second',
      now() + coalesce(q.retention_minutes, 20160) * interval '1 minute', q.dead_letter, q.policy
    from pgboss.queue q cross join ${sql.table(source)}
    where q.name = ${job?.queue ?? null}::text and ${data}::jsonb is not null`;
}

/** The audit entry; the chaining trigger fills in its sequence number and hashes. */
export function auditInsertPer(source: string, audit: AuditEntry): RawBuilder<unknown> {
  const row = auditRow(audit);
  return sql`insert into audit_log (tenant_id, actor_user_id, action, target_type, target_id, ip,
      user_agent, request_id, details)
    select ${row.tenant_id}::uuid, ${row.actor_user_id}::uuid, ${row.action}::text,
      ${row.target_type}::text, ${row.target_id}::text, ${row.ip}::text, ${row.user_agent}::text,
      ${row.request_id}::text, ${row.details}::jsonb
    from ${sql.table(source)}`;
}
