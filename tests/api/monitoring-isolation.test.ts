import { withTenant } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createMonitoringWorld, type MonitoringWorld, report } from '../support/monitoring-world.js';
import { TENANT_PROCEDURES, trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let world: MonitoringWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createMonitoringWorld(database);
});
afterAll(() => database.drop());

describe('isolation', () => {
  test('an HR officer reads no partner’s aggregates: every monitoring procedure is FORBIDDEN', async () => {
    const caller = await world.hrOfCompany.caller();
    const monitoring = Object.entries(TENANT_PROCEDURES).filter(([path]) => path.startsWith('monitoring.'));
    const ids = {
      tenantId: world.university.tenantId,
      unitId: world.university.unitId,
      personId: world.university.personIds[0] ?? '',
      invitationId: world.university.invitationId,
      batchId: world.university.batchId,
      policyVersionId: world.university.policyVersionId,
      campaignId: world.university.campaignId,
    };
    for (const [, procedure] of monitoring)
      expect(await trpcCode(procedure.call(caller, ids))).toBe('FORBIDDEN');
  });

  test('an HR officer sees only their own case reports and roll-ups, and cannot call the programme functions', async () => {
    await (await world.hrOfUniversity.caller()).caseReports.submit(report(3));
    await (await world.hrOfCompany.caller()).caseReports.submit(report(7));
    const own = await (await world.hrOfCompany.caller()).caseReports.list();
    expect(own.map((row) => row.received)).toEqual([7]);
    await withTenant(
      database.appDb,
      { tenantId: world.company.tenantId, userId: world.company.users.hr_officer.id },
      async (tx) => {
        const tenants = await tx
          .selectFrom('monitoring_campaign_counts')
          .select('tenant_id')
          .distinct()
          .execute();
        expect(tenants.map((row) => row.tenant_id)).toEqual([world.company.tenantId]);
        const reports = await tx.selectFrom('case_reports').select('tenant_id').execute();
        expect(reports.every((row) => row.tenant_id === world.company.tenantId)).toBe(true);
      },
    );
    for (const call of [
      'app_monitoring_partners()',
      'app_monitoring_totals()',
      'app_monitoring_case_reports()',
    ]) {
      await expect(
        withTenant(
          database.appDb,
          { tenantId: world.company.tenantId, userId: world.company.users.hr_officer.id },
          (tx) => sql.raw(`select * from ${call}`).execute(tx),
        ),
      ).rejects.toThrow(/project staff only/);
    }
  });

  test('project staff reach no person record of a partner through any procedure', async () => {
    const people = await database.ownerDb
      .selectFrom('people')
      .select(['id', 'full_name', 'email'])
      .where('tenant_id', 'in', [world.company.tenantId, world.university.tenantId])
      .execute();
    const secrets = people
      .flatMap((person) => [person.full_name, person.email ?? '', person.id])
      .filter(Boolean);
    const ids = {
      tenantId: world.company.tenantId,
      unitId: world.company.unitId,
      personId: world.company.personIds[0] ?? '',
      invitationId: world.company.invitationId,
      batchId: world.company.batchId,
      policyVersionId: world.company.policyVersionId,
      campaignId: world.company.campaignId,
    };
    for (const [path, procedure] of Object.entries(TENANT_PROCEDURES)) {
      let output = '';
      try {
        output = JSON.stringify(await procedure.call(await world.staff.caller(), ids)) ?? '';
      } catch {
        continue;
      }
      for (const secret of secrets)
        expect({ path, leaked: output.includes(secret) }).toEqual({ path, leaked: false });
    }
  });

  test('the drill-down answers NOT_FOUND for an organisation that is not a partner', async () => {
    const caller = await world.staff.caller();
    expect(
      await trpcCode(caller.monitoring.partner({ organizationId: '00000000-0000-4000-8000-000000000001' })),
    ).toBe('NOT_FOUND');
  });
});
