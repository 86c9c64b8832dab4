import { sql } from 'kysely';
import type { Executor } from './executor.js';

type Role = 'project_staff' | 'hr_officer' | 'board_secretary' | 'ethics_officer' | 'member';

export interface UserMembershipRow {
  tenant_id: string;
  role: Role;
  kind: 'ngo' | 'company' | 'university';
  name_kk: string;
  name_ru: string;
  name_en: string;
}

/** Across tenants, through the one security-definer function made for it. */
export async function listUserMemberships(db: Executor, userId: string): Promise<UserMembershipRow[]> {
  const result = await sql<UserMembershipRow>`select * from app_user_memberships(${userId})`.execute(db);
  return result.rows;
}

/** Inside a tenant transaction: row-level security limits this to the current tenant. */
export async function upsertMembership(
  db: Executor,
  membership: { tenantId: string; userId: string; role: Role; personId: string | null },
) {
  await db
    .insertInto('memberships')
    .values({
      tenant_id: membership.tenantId,
      user_id: membership.userId,
      role: membership.role,
      person_id: membership.personId,
    })
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'user_id', 'role']).doUpdateSet({
        revoked_at: null,
        person_id: (eb) => eb.fn.coalesce('excluded.person_id', 'memberships.person_id'),
      }),
    )
    .execute();
}
