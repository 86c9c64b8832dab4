import { sql } from 'kysely';
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
}

/** Everything `decide` checks, for the signed-in user's directory entry; undefined without one. */
export async function findDecisionContext(
  db: Executor,
  input: { userId: string; versionId: string },
): Promise<DecisionContext | undefined> {
  const { rows } = await sql<ContextRow>`
    select p.id as person_id, p.full_name, p.position,
      a.campaign_id, a.version_id as assigned_version_id, a.due_date, a.status,
      v.number as version_number, v.hashes,
      (select pa.effective_date from policy_adoptions pa where pa.version_id = ${input.versionId}) as effective_date,
      coalesce((
        select json_agg(json_build_object('language', r.language, 'reachedEnd', r.reached_end_at is not null)
                        order by r.opened_at)
        from policy_reads r where r.version_id = ${input.versionId} and r.person_id = p.id
      ), '[]'::json) as reads
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
  };
}

/**
 * Records the acknowledgement or refusal, closes the assignment and appends the audit entry, in
 * one statement. The assignment's roll-up rows and the audit chain are each locked per campaign or
 * tenant until commit, so taking both in the last statement keeps everyone else's wait to one
 * round trip.
 */
export async function recordDecision(
  db: Executor,
  ack: NewAcknowledgement & { id: string; campaignId: string },
  audit: AuditEntry,
): Promise<void> {
  await db
    .with('closed', (db) =>
      db
        .updateTable('ack_assignments')
        .set({ status: ack.decision, completed_at: new Date() })
        .where('campaign_id', '=', ack.campaignId)
        .where('person_id', '=', ack.personId),
    )
    .with('recorded', (db) =>
      db.insertInto('acknowledgements').values({
        id: ack.id,
        tenant_id: ack.tenantId,
        person_id: ack.personId,
        version_id: ack.versionId,
        campaign_id: ack.campaignId,
        decision: ack.decision,
        language: ack.language,
        version_sha256: ack.versionSha256,
        typed_name: ack.typedName,
        position: ack.position,
        consent_text: ack.consentText,
        refusal_reason: ack.refusalReason,
        ip: ack.ip,
        user_agent: ack.userAgent?.slice(0, 300) ?? null,
      }),
    )
    .insertInto('audit_log')
    .values(auditRow(audit))
    .execute();
}
