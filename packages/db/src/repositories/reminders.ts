import { sql } from 'kysely';
import { assignmentsWithPeople } from './acknowledgements.js';
import type { Executor } from './executor.js';

export async function tenantsWithOpenAssignments(db: Executor): Promise<string[]> {
  const result = await sql<{ id: string }>`select app_tenants_with_open_assignments() as id`.execute(db);
  return result.rows.map((row) => row.id);
}

/** Pending assignments of the tenant in the current transaction, with what a reminder needs. */
export function pendingAssignments(db: Executor) {
  return assignmentsWithPeople(db)
    .innerJoin('ack_campaigns', (join) =>
      join
        .onRef('ack_campaigns.tenant_id', '=', 'ack_assignments.tenant_id')
        .onRef('ack_campaigns.id', '=', 'ack_assignments.campaign_id'),
    )
    .select([
      'ack_assignments.campaign_id as campaignId',
      'ack_assignments.person_id as personId',
      'ack_assignments.due_date as dueDate',
      'ack_assignments.reminders_sent as remindersSent',
      'ack_assignments.escalated_at as escalatedAt',
      'ack_campaigns.reminder_days_before as daysBefore',
      'ack_campaigns.remind_on_due as remindOnDue',
      'ack_campaigns.reminder_every_days as everyDays',
      'ack_campaigns.escalate_after as escalateAfter',
      'people.full_name as fullName',
      'people.email',
      'people.language',
      'units.name as unitName',
    ])
    .where('ack_assignments.status', '=', 'pending')
    .where('people.status', '=', 'active')
    .execute();
}

/** True only for the first caller: the unique key makes each reminder slot single-send. */
export async function claimReminderSlot(
  db: Executor,
  slot: { tenantId: string; campaignId: string; personId: string; slot: string },
): Promise<boolean> {
  const row = await db
    .insertInto('ack_reminders')
    .values({
      tenant_id: slot.tenantId,
      campaign_id: slot.campaignId,
      person_id: slot.personId,
      slot: slot.slot,
    })
    .onConflict((conflict) => conflict.columns(['tenant_id', 'campaign_id', 'person_id', 'slot']).doNothing())
    .returning('slot')
    .executeTakeFirst();
  return Boolean(row);
}

export async function countReminder(db: Executor, campaignId: string, personId: string, escalated: boolean) {
  await db
    .updateTable('ack_assignments')
    .set((eb) =>
      escalated
        ? { escalated_at: new Date() }
        : { reminders_sent: eb('reminders_sent', '+', 1), last_reminded_at: new Date() },
    )
    .where('campaign_id', '=', campaignId)
    .where('person_id', '=', personId)
    .execute();
}

/** The tenant's HR officers, who receive escalations. */
export function hrOfficerContacts(db: Executor) {
  return db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select(['users.email', 'users.preferred_language as language'])
    .where('memberships.role', '=', 'hr_officer')
    .where('memberships.revoked_at', 'is', null)
    .execute();
}

export async function insertLoginLink(
  db: Executor,
  link: { tenantId: string; personId: string; tokenHash: Buffer; expiresAt: Date },
) {
  await db
    .insertInto('login_links')
    .values({
      tenant_id: link.tenantId,
      person_id: link.personId,
      token_hash: link.tokenHash,
      expires_at: link.expiresAt,
    })
    .execute();
}

export interface LoginLinkRow {
  tenant_id: string;
  id: string;
  person_id: string;
  expires_at: Date;
  used_at: Date | null;
}

export async function findLoginLink(db: Executor, tokenHash: Buffer): Promise<LoginLinkRow | undefined> {
  const result = await sql<LoginLinkRow>`select * from app_login_link_by_token(${tokenHash})`.execute(db);
  return result.rows[0];
}

export async function useLoginLink(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('login_links')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
