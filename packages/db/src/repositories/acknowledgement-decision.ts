import { sql } from 'kysely';
import type { InlineJob } from '../queues.js';
import type { NewAcknowledgement } from './acknowledgements.js';
import { type AuditEntry, auditRow } from './audit.js';
import type { Executor } from './executor.js';

type Language = 'kk' | 'ru' | 'en';

/**
 * The acknowledgement is the request most people ever make, many at once when a campaign starts.
 * Each round trip to the database holds a pooled connection and a transaction open, so the reads
 * and the writes behind one decision are one statement each.
 */
type AssignmentStatus = 'pending' | 'acknowledged' | 'refused' | 'superseded';

export interface DecisionContext {
  personId: string;
  fullName: string;
  position: string | null;
  /** The person's current assignment (the newest not superseded), if any. */
  assignment: {
    campaignId: string;
    versionId: string;
    dueDate: string;
    status: AssignmentStatus;
  } | null;
  /** The requested version; null when it does not exist in this tenant. */
  version: { number: number; hashes: Record<Language, string> | null } | null;
  effectiveDate: string | null;
  /** Each language the person opened the requested version in, oldest first. */
  reads: { language: Language; reachedEnd: boolean }[];
  /** The organisation gates acknowledgement on the training quiz and this person has not passed it. */
  trainingRequired: boolean;
}

interface ContextRow {
  person_id: string;
  full_name: string;
  position: string | null;
  campaign_id: string | null;
  assigned_version_id: string | null;
  due_date: string | null;
  status: AssignmentStatus | null;
  version_number: number | null;
  hashes: Record<Language, string> | null;
  effective_date: string | null;
  reads: { language: Language; reachedEnd: boolean }[];
  training_required: boolean;
}

/** Everything `decide` checks, for the signed-in user's directory entry; undefined without one. */
export async function findDecisionContext(
  db: Executor,
  input: { userId: string; versionId: string },
): Promise<DecisionContext | undefined> {
  const { rows } = await sql<ContextRow>`/* prepared:acknowledgement-context */
    select p.id as person_id, p.full_name, p.position,
      a.campaign_id, a.version_id as assigned_version_id, a.due_date, a.status,
      v.number as version_number, v.hashes,
      (select pa.effective_date from policy_adoptions pa where pa.version_id = ${input.versionId}) as effective_date,
      coalesce((
        select json_agg(json_build_object('language', r.language, 'reachedEnd', r.reached_end_at is not null)
                        order by r.opened_at)
        from policy_reads r where r.version_id = ${input.versionId} and r.person_id = p.id
      ), '[]'::json) as reads,
      coalesce((select s.quiz_gated_ack from training_settings s), false)
        and not exists (select 1 from training_completions tc where tc.person_id = p.id) as training_required
    from people p
    left join lateral (
      select aa.campaign_id, c.version_id, aa.due_date, aa.status
      from ack_assignments aa
      join ack_campaigns c on c.tenant_id = aa.tenant_id and c.id = aa.campaign_id
      where aa.tenant_id = p.tenant_id and aa.person_id = p.id and aa.status <> 'superseded'
      order by aa.created_at desc
      limit 1
    ) a on true
    left join policy_versions v on v.tenant_id = p.tenant_id and v.id = ${input.versionId}
    where p.user_id = ${input.userId}
    limit 1`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  return {
    personId: row.person_id,
    fullName: row.full_name,
    position: row.position,
    assignment:
      row.campaign_id && row.assigned_version_id && row.due_date && row.status
        ? {
            campaignId: row.campaign_id,
            versionId: row.assigned_version_id,
            dueDate: row.due_date,
            status: row.status,
          }
        : null,
    version: row.version_number === null ? null : { number: row.version_number, hashes: row.hashes },
    effectiveDate: row.effective_date,
    reads: row.reads,
    trainingRequired: row.training_required,
  };
}

/**
 * Records the acknowledgement or refusal, closes the assignment, queues the receipt (when given)
 * and appends the audit entry, in one statement. The assignment's roll-up rows and the audit chain are each locked per campaign or
 * tenant until commit, so taking both in the last statement keeps everyone else's wait to one
 * round trip.
 */
export async function recordDecision(
  db: Executor,
  ack: NewAcknowledgement & { id: string; campaignId: string },
  audit: AuditEntry,
  receipt: InlineJob | null,
): Promise<void> {
  const row = auditRow(audit);
  const job = receipt ? JSON.stringify(receipt.data) : null;
  // Written as SQL rather than built: this runs for every acknowledgement, and composing the
  // three-part statement through the query builder cost more CPU than sending it.
  await sql`/* prepared:acknowledgement-record */
    with closed as (
      update ack_assignments set status = ${ack.decision}, completed_at = now()
      where campaign_id = ${ack.campaignId} and person_id = ${ack.personId}
    ), recorded as (
      insert into acknowledgements (id, tenant_id, person_id, version_id, campaign_id, decision,
        language, version_sha256, typed_name, position, consent_text, refusal_reason, ip, user_agent)
      values (${ack.id}, ${ack.tenantId}, ${ack.personId}, ${ack.versionId}, ${ack.campaignId},
        ${ack.decision}, ${ack.language}, ${ack.versionSha256}, ${ack.typedName}, ${ack.position},
        ${ack.consentText}, ${ack.refusalReason}, ${ack.ip}, ${ack.userAgent?.slice(0, 300) ?? null})
    ), queued as (
      -- The job row as the queue library's own insert writes it, with the queue's settings
      -- (pg-boss 10's job table; the receipt test renders one end to end through the worker).
      insert into pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in,
        keep_until, dead_letter, policy)
      select q.name, ${job}::jsonb, coalesce(q.retry_limit, 2), greatest(coalesce(q.retry_delay, 0), 1),
        coalesce(q.retry_backoff, false), ${receipt?.expireSeconds ?? 0} * interval '1 second',
        now() + coalesce(q.retention_minutes, 20160) * interval '1 minute', q.dead_letter, q.policy
      from pgboss.queue q
      where q.name = ${receipt?.queue ?? null} and ${job}::jsonb is not null
    )
    insert into audit_log (tenant_id, actor_user_id, action, target_type, target_id, ip, user_agent,
      request_id, details)
    values (${row.tenant_id}, ${row.actor_user_id}, ${row.action}, ${row.target_type}, ${row.target_id},
      ${row.ip}, ${row.user_agent}, ${row.request_id}, ${row.details})`.execute(db);
}
