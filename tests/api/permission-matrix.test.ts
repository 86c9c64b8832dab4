import { appRouter } from '@qorgau/api';
import { ROLES, type Role, roleMayDo } from '@qorgau/core';
import { TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, TEST_PASSWORD } from '../support/factories.js';
import { NON_TENANT_PROCEDURES, type TargetIds, TENANT_PROCEDURES, trpcCode } from '../support/procedures.js';

let database: TestDatabase;
const clients = new Map<Role, { client: TestClient; ids: TargetIds }>();

beforeAll(async () => {
  database = await createTestDatabase();
  const deps = testDeps(database.appDb);
  const company = await createTenant(database.ownerDb);
  const programme = await createProgramme(database.ownerDb);
  const companyIds = {
    tenantId: company.tenantId,
    unitId: company.unitId,
    personId: company.personIds[0] ?? '',
    invitationId: company.invitationId,
    batchId: company.batchId,
    policyVersionId: company.policyVersionId,
    campaignId: company.campaignId,
    training: company.training,
  };
  for (const role of ROLES) {
    const client = new TestClient(deps);
    const email = role === 'project_staff' ? programme.staff.email : company.users[role].email;
    await client.signIn(email, TEST_PASSWORD);
    // Project staff act on a partner's ids where a procedure takes one (inviting its officer).
    clients.set(role, { client, ids: companyIds });
  }
});
afterAll(() => database.drop());

test('the matrix lists every procedure of the router', () => {
  const routed = Object.keys(appRouter._def.procedures).sort();
  expect(routed).toEqual([...Object.keys(TENANT_PROCEDURES), ...NON_TENANT_PROCEDURES].sort());
});

const cases = Object.entries(TENANT_PROCEDURES).flatMap(([path, procedure]) =>
  ROLES.map((role) => [path, role, roleMayDo([role], procedure.permission)] as const),
);

test.each(cases)('%s as %s: allowed = %s', async (path, role, allowed) => {
  const entry = clients.get(role);
  const procedure = TENANT_PROCEDURES[path];
  if (!entry || !procedure) throw new Error('fixture missing');
  const code = await trpcCode(procedure.call(await entry.client.caller(), entry.ids));
  if (allowed) expect(code).not.toBe('FORBIDDEN');
  else expect(code).toBe('FORBIDDEN');
  expect(code).not.toBe('INTERNAL_SERVER_ERROR');
});

test('a signed-out caller gets UNAUTHORIZED from every tenant procedure', async () => {
  const anonymous = new TestClient(testDeps(database.appDb));
  for (const procedure of Object.values(TENANT_PROCEDURES)) {
    const entry = clients.get('hr_officer');
    if (!entry) throw new Error('fixture missing');
    expect(await trpcCode(procedure.call(await anonymous.caller(), entry.ids))).toBe('UNAUTHORIZED');
  }
});
