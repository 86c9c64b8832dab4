import { acknowledgementsRepository, audienceRepository, withTenant } from '@qorgau/db';
import { signedInTestClient, type TestClient, testDeps } from './app.js';
import type { TestDatabase } from './database.js';
import { createProgramme, createTenant, type TenantFixture } from './factories.js';

const HASHES = JSON.stringify({ kk: 'a'.repeat(64), ru: 'b'.repeat(64), en: 'c'.repeat(64) });

export const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
export const CHANNELS = ['hotline', 'email', 'in_person', 'online', 'other'] as const;
export const TYPES = [
  'sexual_harassment',
  'harassment',
  'discrimination',
  'abuse_of_authority',
  'violence',
  'other',
] as const;
export const OUTCOMES = [
  'substantiated',
  'not_substantiated',
  'resolved_informally',
  'withdrawn',
  'ongoing',
] as const;

export function report(received: number, overrides: Record<string, unknown> = {}) {
  return {
    year: 2026,
    quarter: 2,
    received,
    byChannel: { ...zeros(CHANNELS), hotline: received },
    byType: { ...zeros(TYPES), harassment: received },
    acknowledgedInTime: received,
    investigated: 0,
    respondedInTime: received,
    outcomes: zeros(OUTCOMES),
    medianDaysToRespond: received > 0 ? 4 : null,
    ...overrides,
  };
}

/** A published version with everyone assigned, then `acknowledging` of them acknowledged. */
async function publishAndAcknowledge(database: TestDatabase, tenant: TenantFixture, acknowledging: number) {
  await withTenant(database.appDb, { tenantId: tenant.tenantId, userId: null }, async (tx) => {
    const version = await tx
      .insertInto('policy_versions')
      .values({
        tenant_id: tenant.tenantId,
        number: 2,
        model_version: 'test',
        customization: '{}',
        status: 'published',
        hashes: HASHES,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const campaignId = await acknowledgementsRepository.insertCampaign(tx, {
      tenantId: tenant.tenantId,
      versionId: version.id,
      audience: {},
      dueDate: '2020-01-01',
      createdBy: null,
    });
    await audienceRepository.assignAudience(tx, {
      tenantId: tenant.tenantId,
      campaignId,
      dueDate: '2020-01-01',
      audience: {},
    });
    for (const personId of tenant.personIds.slice(0, acknowledging)) {
      await acknowledgementsRepository.completeAssignment(tx, {
        campaignId,
        personId,
        status: 'acknowledged',
      });
    }
  });
}

export interface MonitoringWorld {
  company: TenantFixture;
  university: TenantFixture;
  staff: TestClient;
  hrOfCompany: TestClient;
  hrOfUniversity: TestClient;
}

/** The programme with a company (all three acknowledged) and a university (one of three, overdue). */
export async function createMonitoringWorld(database: TestDatabase): Promise<MonitoringWorld> {
  const programme = await createProgramme(database.ownerDb);
  const company = await createTenant(database.ownerDb, 'company');
  const university = await createTenant(database.ownerDb, 'university');
  const deps = testDeps(database.appDb);
  const signedIn = (email: string) => signedInTestClient(deps, email);
  const world = {
    company,
    university,
    staff: await signedIn(programme.staff.email),
    hrOfCompany: await signedIn(company.users.hr_officer.email),
    hrOfUniversity: await signedIn(university.users.hr_officer.email),
  };
  await publishAndAcknowledge(database, company, 3);
  await publishAndAcknowledge(database, university, 1);
  return world;
}
