import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface OrganizationOverviewRow {
  tenant_id: string;
  kind: 'company' | 'university';
  name_kk: string;
  name_ru: string;
  name_en: string;
  bin: string;
  status: 'active' | 'suspended';
  default_language: 'kk' | 'ru' | 'en';
  created_at: Date;
  people_active: string;
  people_total: string;
  units: string;
  officers: string;
  pending_invitations: string;
}

/** Cross-tenant aggregates: only through the named function, which checks for project staff itself. */
export async function organizationOverview(db: Executor): Promise<OrganizationOverviewRow[]> {
  const result = await sql<OrganizationOverviewRow>`select * from app_organization_overview()`.execute(db);
  return result.rows;
}

export async function createOrganization(
  db: Executor,
  organization: {
    kind: 'company' | 'university';
    names: { kk: string; ru: string; en: string };
    bin: string;
    defaultLanguage: 'kk' | 'ru' | 'en';
    requestId: string | null;
    ip: string | null;
  },
): Promise<string> {
  const { names } = organization;
  const result = await sql<{ id: string }>`select app_create_organization(
    ${organization.kind}, ${names.kk}, ${names.ru}, ${names.en}, ${organization.bin},
    ${organization.defaultLanguage}, ${organization.requestId}, ${organization.ip}) as id`.execute(db);
  const row = result.rows[0];
  if (!row) throw new Error('app_create_organization returned no row');
  return row.id;
}

/** Inside a tenant transaction: row-level security returns only the current tenant's row. */
export function currentOrganization(db: Executor) {
  return db
    .selectFrom('organizations')
    .select(['tenant_id as id', 'kind', 'name_kk', 'name_ru', 'name_en', 'bin', 'default_language', 'status'])
    .executeTakeFirst();
}
