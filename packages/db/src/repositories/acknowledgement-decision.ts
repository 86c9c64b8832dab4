import { sql } from 'kysely';
import type { InlineJob } from '../queues.js';
import type { AuditEntry } from './audit.js';
import type { Executor } from './executor.js';
import { auditInsertPer, jobInsertPer } from './statement-parts.js';

type Language = 'kk' | 'ru' | 'en';

/**
 * The acknowledgement is the request most people ever make, many at once when a campaign starts.
 * Each round trip to the database holds a pooled connection and a transaction open, so the reads
 * and the writes behind one decision are a single statement.
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
  recorded: boolean;
}

/** The decision as the staff member made it; the rest of the record comes from their directory entry. */
export interface DecisionWrite {
  id: string;
  tenantId: string;
  userId: string;
  versionId: string;
  decision: 'acknowledged' | 'refused';
  language: Language;
  typedName: string | null;
  consentText: string | null;
  refusalReason: string | null;
  ip: string | null;
  userAgent: string | null;
}

export interface RecordedDecision extends DecisionContext {
  /**
   * Whether the statement wrote the decision. It writes only onto the person's current, still
   * pending assignment of the requested version whose text exists in the language; a decision that
   * committed meanwhile (a second tab) leaves it false.
   */
  recorded: boolean;
}

/**
 * Reads everything the caller checks and, where the assignment is open, records the decision,
 * closes the assignment, queues the receipt (when given) and appends the audit entry: one
 * statement, so one round trip. The caller checks the returned context afterwards and throws when a
 * rule fails, which rolls the whole transaction back: nothing of a refused attempt remains.
 * Undefined when the signed-in user has no directory entry (and then nothing was written).
 */
export async function recordDecision(
  db: Executor,
  write: DecisionWrite,
  audit: AuditEntry,
  receipt: InlineJob | null,
): Promise<RecordedDecision | undefined> {
  // Written as SQL rather than built: this runs for every acknowledgement, and composing the
  // statement through the query builder cost more CPU than sending it. The assignment's roll-up
  // rows and the audit chain are each locked per campaign or tenant until commit, which is the
  // next round trip, so everyone else's wait stays one round trip.
  const { rows } = await sql<ContextRow>`/* prepared:acknowledgement-decision */
    with context as (
      select p.tenant_id, p.id as person_id, p.full_name, p.position,
        a.campaign_id, a.version_id as assigned_version_id, a.due_date, a.status,
        v.number as version_number, v.hashes,
        (select pa.effective_date from policy_adoptions pa where pa.version_id = ${write.versionId}) as effective_date,
        coalesce((
          select json_agg(json_build_object('language', r.language, 'reachedEnd', r.reached_end_at is not null)
                          order by r.opened_at)
          from policy_reads r where r.version_id = ${write.versionId} and r.person_id = p.id
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
      left join policy_versions v on v.tenant_id = p.tenant_id and v.id = ${write.versionId}
      where p.user_id = ${write.userId}
      limit 1
    ), closed as (
      -- Re-checked on the locked row, so of two simultaneous decisions only the first closes it.
      update ack_assignments aa set status = ${write.decision}, completed_at = now()
      from context c
      where aa.tenant_id = c.tenant_id and aa.campaign_id = c.campaign_id and aa.person_id = c.person_id
        and aa.status = 'pending' and c.assigned_version_id = ${write.versionId}
        and c.hashes ->> ${write.language}::text is not null
      returning aa.campaign_id
    ), recorded as (
      insert into acknowledgements (id, tenant_id, person_id, version_id, campaign_id, decision,
        language, version_sha256, typed_name, position, consent_text, refusal_reason, ip, user_agent)
      select ${write.id}::uuid, ${write.tenantId}::uuid, c.person_id, ${write.versionId}::uuid, closed.campaign_id,
        ${write.decision}::text, ${write.language}::text, c.hashes ->> ${write.language}::text,
        ${write.typedName}::text, c.position, ${write.consentText}::text, ${write.refusalReason}::text,
        ${write.ip}::text, ${write.userAgent?.slice(0, 300) ?? null}::text
      from closed cross join context c
      returning id
    ), queued as (
      ${jobInsertPer('recorded', receipt)}
    ), audited as (
      ${auditInsertPer('recorded', audit)}
    )
    select c.person_id, c.full_name, c.position, c.campaign_id, c.assigned_version_id, c.due_date,
      c.status, c.version_number, c.hashes, c.effective_date, c.reads, c.training_required,
      exists (select 1 from recorded) as recorded
    from context c`.execute(db);
  const found = rows[0];
  if (!found) return undefined;
  return {
    personId: found.person_id,
    fullName: found.full_name,
    position: found.position,
    assignment:
      found.campaign_id && found.assigned_version_id && found.due_date && found.status
        ? {
            campaignId: found.campaign_id,
            versionId: found.assigned_version_id,
            dueDate: found.due_date,
            status: found.status,
          }
        : null,
    version: found.version_number === null ? null : { number: found.version_number, hashes: found.hashes },
    effectiveDate: found.effective_date,
    reads: found.reads,
    trainingRequired: found.training_required,
    recorded: found.recorded,
  };
}
