import { signedInTestClient, type TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import { TENANT_PROCEDURES, trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let tenantA: TenantFixture;
let tenantB: TenantFixture;
let hrOfficerOfA: TestClient;

beforeAll(async () => {
  database = await createTestDatabase();
  tenantA = await createTenant(database.ownerDb);
  tenantB = await createTenant(database.ownerDb);
  hrOfficerOfA = await signedInTestClient(testDeps(database.appDb), tenantA.users.hr_officer.email);
});
afterAll(() => database.drop());

// Procedures that take no id cannot aim at another tenant; the listing test below covers them.
const WITHOUT_IDS = new Set([
  'units.list',
  'invitations.list',
  'documents.mine',
  'documents.batches',
  'documents.startSampleBatch',
  'policy.model',
  'policy.versions',
  'policy.startDraft',
  'myPolicy.current',
  'campaigns.list',
  'campaigns.audienceChoices',
  'myTraining.overview',
  'myTraining.start',
  'training.settings',
  'training.saveSettings',
  'training.assignments',
  'training.content',
  'training.addModule',
  'training.addQuestion',
  'training.publishCourse',
  'training.courseVersions',
  'trainingSessions.list',
  'trainingSessions.create',
]);
const ID_TAKING = Object.entries(TENANT_PROCEDURES).filter(
  ([path]) =>
    /^(people|units|invitations|documents|policy|adoption|myPolicy|campaigns|training|trainingSessions|myTraining)\./.test(
      path,
    ) && !WITHOUT_IDS.has(path),
);

async function snapshotOfB() {
  const read = (table: 'people' | 'units' | 'invitations') =>
    database.ownerDb.selectFrom(table).selectAll().where('tenant_id', '=', tenantB.tenantId).execute();
  return { people: await read('people'), units: await read('units'), invitations: await read('invitations') };
}

describe('an HR officer of A aiming at B’s ids', () => {
  test.each(ID_TAKING)(
    '%s answers NOT_FOUND or FORBIDDEN and changes nothing of B',
    async (_path, procedure) => {
      const before = await snapshotOfB();
      const ids = {
        tenantId: tenantB.tenantId,
        unitId: tenantB.unitId,
        personId: tenantB.personIds[0] ?? '',
        invitationId: tenantB.invitationId,
        batchId: tenantB.batchId,
        policyVersionId: tenantB.policyVersionId,
        campaignId: tenantB.campaignId,
        training: tenantB.training,
      };
      const code = await trpcCode(procedure.call(await hrOfficerOfA.caller(), ids));
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(code);
      expect(await snapshotOfB()).toEqual(before);
    },
  );

  test('listing shows only A’s people, units and invitations', async () => {
    const caller = await hrOfficerOfA.caller();
    const people = await caller.people.list({ pageSize: 200 });
    expect(people.items.map((person) => person.id).sort()).toEqual([...tenantA.personIds].sort());
    const units = await caller.units.list();
    expect(units.map((unit) => unit.id)).toEqual([tenantA.unitId]);
    const invitations = await caller.invitations.list();
    expect(invitations.map((invitation) => invitation.id)).toEqual([tenantA.invitationId]);
  });

  test('switching the session to B is refused', async () => {
    const caller = await hrOfficerOfA.caller();
    expect(await trpcCode(caller.auth.switchOrganization({ organizationId: tenantB.tenantId }))).toBe(
      'NOT_FOUND',
    );
    expect(
      await trpcCode(
        caller.organizations.inviteOfficer({
          organizationId: tenantB.tenantId,
          email: 'x@y.kz',
          fullName: 'X',
          language: 'ru',
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});
