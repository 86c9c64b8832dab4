import { sql } from 'kysely';
import type { Audience } from './audience.js';
import type { Executor } from './executor.js';

export async function insertCampaign(
  db: Executor,
  campaign: {
    tenantId: string;
    versionId: string;
    audience: Audience;
    dueDate: string;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('ack_campaigns')
    .values({
      tenant_id: campaign.tenantId,
      version_id: campaign.versionId,
      audience: JSON.stringify(campaign.audience),
      due_date: campaign.dueDate,
      created_by: campaign.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A new version replaces the old: earlier acknowledgements and open assignments are superseded. */
export async function supersedeEarlier(db: Executor, versionId: string, now: Date) {
  await db
    .updateTable('acknowledgements')
    .set({ superseded_at: now })
    .where('version_id', '<>', versionId)
    .where('superseded_at', 'is', null)
    .execute();
  await db
    .updateTable('ack_assignments')
    .set({ status: 'superseded' })
    .where('status', '=', 'pending')
    .where('campaign_id', 'in', (eb) =>
      eb.selectFrom('ack_campaigns').select('id').where('version_id', '<>', versionId),
    )
    .execute();
}

export function findCurrentAssignment(db: Executor, personId: string) {
  return db
    .selectFrom('ack_assignments')
    .innerJoin('ack_campaigns', (join) =>
      join
        .onRef('ack_campaigns.tenant_id', '=', 'ack_assignments.tenant_id')
        .onRef('ack_campaigns.id', '=', 'ack_assignments.campaign_id'),
    )
    .select([
      'ack_assignments.campaign_id as campaignId',
      'ack_campaigns.version_id as versionId',
      'ack_assignments.due_date as dueDate',
      'ack_assignments.status',
    ])
    .where('ack_assignments.person_id', '=', personId)
    .where('ack_assignments.status', '<>', 'superseded')
    .orderBy('ack_assignments.created_at', 'desc')
    .executeTakeFirst();
}

export async function recordRead(
  db: Executor,
  read: {
    tenantId: string;
    versionId: string;
    personId: string;
    language: 'kk' | 'ru' | 'en';
    reachedEnd: boolean;
  },
) {
  await db
    .insertInto('policy_reads')
    .values({
      tenant_id: read.tenantId,
      version_id: read.versionId,
      person_id: read.personId,
      language: read.language,
      ...(read.reachedEnd ? { reached_end_at: new Date() } : {}),
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'version_id', 'person_id', 'language'])
        .doUpdateSet(
          read.reachedEnd
            ? { reached_end_at: sql`coalesce(policy_reads.reached_end_at, now())` }
            : { opened_at: sql`policy_reads.opened_at` },
        ),
    )
    .execute();
}

export async function hasReadToEnd(db: Executor, versionId: string, personId: string, language: string) {
  const row = await db
    .selectFrom('policy_reads')
    .select('reached_end_at')
    .where('version_id', '=', versionId)
    .where('person_id', '=', personId)
    .where('language', '=', language as 'kk')
    .executeTakeFirst();
  return Boolean(row?.reached_end_at);
}

/** Each language the person opened, and whether they reached its end. */
export function readsOf(db: Executor, versionId: string, personId: string) {
  return db
    .selectFrom('policy_reads')
    .select(['language', 'reached_end_at as reachedEndAt'])
    .where('version_id', '=', versionId)
    .where('person_id', '=', personId)
    .orderBy('opened_at')
    .execute();
}

export interface NewAcknowledgement {
  tenantId: string;
  personId: string;
  versionId: string;
  campaignId: string | null;
  decision: 'acknowledged' | 'refused';
  language: 'kk' | 'ru' | 'en';
  versionSha256: string;
  typedName: string | null;
  position: string | null;
  consentText: string | null;
  refusalReason: string | null;
  ip: string | null;
  userAgent: string | null;
}

export function findCurrentAcknowledgement(db: Executor, versionId: string, personId: string) {
  return db
    .selectFrom('acknowledgements')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('person_id', '=', personId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

export function findAcknowledgement(db: Executor, id: string) {
  return db.selectFrom('acknowledgements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function completeAssignment(
  db: Executor,
  assignment: { campaignId: string; personId: string; status: 'acknowledged' | 'refused' },
) {
  await db
    .updateTable('ack_assignments')
    .set({ status: assignment.status, completed_at: new Date() })
    .where('campaign_id', '=', assignment.campaignId)
    .where('person_id', '=', assignment.personId)
    .execute();
}

export async function setReceipt(db: Executor, acknowledgementId: string, documentId: string) {
  await db
    .updateTable('acknowledgements')
    .set({ receipt_document_id: documentId })
    .where('id', '=', acknowledgementId)
    .execute();
}

/** Campaigns with the version they publish; the join carries tenant_id to follow the composite key. */
function campaignsWithVersion(db: Executor) {
  return db
    .selectFrom('ack_campaigns')
    .innerJoin('policy_versions', (join) =>
      join
        .onRef('policy_versions.tenant_id', '=', 'ack_campaigns.tenant_id')
        .onRef('policy_versions.id', '=', 'ack_campaigns.version_id'),
    );
}

export function listCampaigns(db: Executor) {
  return campaignsWithVersion(db)
    .select([
      'ack_campaigns.id',
      'ack_campaigns.version_id as versionId',
      'policy_versions.number as versionNumber',
      'ack_campaigns.due_date as dueDate',
      'ack_campaigns.audience',
      'ack_campaigns.created_at as createdAt',
    ])
    .orderBy('ack_campaigns.created_at', 'desc')
    .execute();
}

/**
 * Assignments with their person and unit: the base of HR's progress, the roster and the reminder
 * sweep. The joins carry tenant_id so they follow the composite keys.
 */
export function assignmentsWithPeople(db: Executor) {
  return db
    .selectFrom('ack_assignments')
    .innerJoin('people', (join) =>
      join
        .onRef('people.tenant_id', '=', 'ack_assignments.tenant_id')
        .onRef('people.id', '=', 'ack_assignments.person_id'),
    )
    .leftJoin('units', (join) =>
      join.onRef('units.tenant_id', '=', 'people.tenant_id').onRef('units.id', '=', 'people.unit_id'),
    );
}

/** Counts per unit and status, for HR's tracking view. */
export function campaignProgressByUnit(db: Executor, campaignId: string) {
  return assignmentsWithPeople(db)
    .select(['units.id as unitId', 'units.name as unitName', 'ack_assignments.status'])
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      eb.fn
        .count<string>(
          sql`case when ack_assignments.status = 'pending' and ack_assignments.due_date < current_date then 1 end`,
        )
        .as('overdue'),
    ])
    .where('ack_assignments.campaign_id', '=', campaignId)
    .groupBy(['units.id', 'units.name', 'ack_assignments.status'])
    .execute();
}

export function findCampaign(db: Executor, id: string) {
  return db.selectFrom('ack_campaigns').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The campaign of the version now in force: the newest campaign of a published version. */
export function findCurrentCampaign(db: Executor) {
  return campaignsWithVersion(db)
    .select([
      'ack_campaigns.id',
      'ack_campaigns.due_date as dueDate',
      'ack_campaigns.created_at as createdAt',
      'ack_campaigns.audience',
    ])
    .where('policy_versions.status', '=', 'published')
    .orderBy('ack_campaigns.created_at', 'desc')
    .executeTakeFirst();
}

export async function insertAssignment(
  db: Executor,
  assignment: { tenantId: string; campaignId: string; personId: string; dueDate: string },
): Promise<boolean> {
  const row = await db
    .insertInto('ack_assignments')
    .values({
      tenant_id: assignment.tenantId,
      campaign_id: assignment.campaignId,
      person_id: assignment.personId,
      due_date: assignment.dueDate,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'campaign_id', 'person_id']).doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return Boolean(row);
}

/** Everyone who acknowledged a version (not superseded), for the acknowledgement sheet and exports. */
export function acknowledgementsOfVersion(db: Executor, versionId: string) {
  return db
    .selectFrom('acknowledgements')
    .innerJoin('people', (join) =>
      join
        .onRef('people.tenant_id', '=', 'acknowledgements.tenant_id')
        .onRef('people.id', '=', 'acknowledgements.person_id'),
    )
    .leftJoin('units', (join) =>
      join.onRef('units.tenant_id', '=', 'people.tenant_id').onRef('units.id', '=', 'people.unit_id'),
    )
    .select([
      'people.full_name as fullName',
      'acknowledgements.position',
      'units.name as unitName',
      'acknowledgements.created_at as acknowledgedAt',
      'acknowledgements.language',
      'acknowledgements.decision',
      'acknowledgements.version_sha256 as sha256',
    ])
    .where('acknowledgements.version_id', '=', versionId)
    .where('acknowledgements.superseded_at', 'is', null)
    .orderBy('people.full_name')
    .execute();
}

/** Every assignment of a campaign with its person and, when decided, the evidence. */
export function campaignRoster(db: Executor, campaignId: string) {
  return assignmentsWithPeople(db)
    .innerJoin('ack_campaigns', (join) =>
      join
        .onRef('ack_campaigns.tenant_id', '=', 'ack_assignments.tenant_id')
        .onRef('ack_campaigns.id', '=', 'ack_assignments.campaign_id'),
    )
    .leftJoin('acknowledgements', (join) =>
      join
        .onRef('acknowledgements.tenant_id', '=', 'ack_assignments.tenant_id')
        .onRef('acknowledgements.person_id', '=', 'ack_assignments.person_id')
        .onRef('acknowledgements.version_id', '=', 'ack_campaigns.version_id')
        .on('acknowledgements.superseded_at', 'is', null),
    )
    .leftJoin('documents', (join) =>
      join
        .onRef('documents.tenant_id', '=', 'acknowledgements.tenant_id')
        .onRef('documents.id', '=', 'acknowledgements.receipt_document_id'),
    )
    .select([
      'people.id as personId',
      'people.full_name as fullName',
      'people.number',
      'people.position',
      'units.name as unitName',
      'ack_assignments.status',
      'ack_assignments.due_date as dueDate',
      'ack_assignments.reminders_sent as remindersSent',
      'acknowledgements.created_at as decidedAt',
      'acknowledgements.language',
      'acknowledgements.version_sha256 as sha256',
      'acknowledgements.ip',
      'acknowledgements.user_agent as userAgent',
      'acknowledgements.refusal_reason as refusalReason',
      'documents.public_id as receiptPublicId',
      'documents.id as receiptDocumentId',
    ])
    .where('ack_assignments.campaign_id', '=', campaignId)
    .orderBy('people.full_name')
    .execute();
}
