import { createHash } from 'node:crypto';
import { signedInTestClient, TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';

// Tenant procedures resolve the session cookie inside their own transaction (app_enter_session),
// not before it: these pin that the one statement still keeps every rule of a session.

let database: TestDatabase;
let tenant: TenantFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
});
afterAll(() => database.drop());

async function signedIn(clock: () => Date = () => new Date()) {
  const client = await signedInTestClient(testDeps(database.appDb, { clock }), tenant.users.hr_officer.email);
  const token = client.token ?? '';
  // Sessions are stored by the SHA-256 of their token.
  return { client, tokenHash: createHash('sha256').update(token).digest() };
}

function sessionRow(tokenHash: Buffer) {
  return database.ownerDb
    .selectFrom('sessions')
    .select(['last_seen_at', 'expires_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirstOrThrow();
}

describe('session entry of tenant procedures', () => {
  test('a live session runs the procedure as its user in its organisation', async () => {
    const { client } = await signedIn();
    const summary = await (await client.caller()).home.summary();
    expect(summary).toBeDefined();
  });

  test('a session last seen over five minutes ago is extended; a recent one is not written', async () => {
    let now = new Date();
    const { client, tokenHash } = await signedIn(() => now);
    const before = await sessionRow(tokenHash);
    now = new Date(now.getTime() + 60_000);
    await (await client.caller()).home.summary();
    expect(await sessionRow(tokenHash)).toEqual(before);

    now = new Date(now.getTime() + 10 * 60_000);
    await (await client.caller()).home.summary();
    const after = await sessionRow(tokenHash);
    expect(new Date(after.last_seen_at).getTime()).toBe(now.getTime());
    expect(new Date(after.expires_at).getTime()).toBeGreaterThan(new Date(before.expires_at).getTime());
  });

  test('revoked, expired and unknown sessions and disabled users are unauthorised', async () => {
    const revoked = await signedIn();
    await database.ownerDb
      .updateTable('sessions')
      .set({ revoked_at: new Date() })
      .where('token_hash', '=', revoked.tokenHash)
      .execute();
    expect(await trpcCode((await revoked.client.caller()).home.summary())).toBe('UNAUTHORIZED');

    const expired = await signedIn();
    await database.ownerDb
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', expired.tokenHash)
      .execute();
    expect(await trpcCode((await expired.client.caller()).home.summary())).toBe('UNAUTHORIZED');

    const unknown = new TestClient(testDeps(database.appDb));
    unknown.token = 'not-a-session-token';
    expect(await trpcCode((await unknown.caller()).home.summary())).toBe('UNAUTHORIZED');
    unknown.token = undefined;
    expect(await trpcCode((await unknown.caller()).home.summary())).toBe('UNAUTHORIZED');
  });

  test('a disabled user is unauthorised at once', async () => {
    const other = await createTenant(database.ownerDb);
    const client = await signedInTestClient(testDeps(database.appDb), other.users.member.email);
    await database.ownerDb
      .updateTable('users')
      .set({ disabled_at: new Date() })
      .where('id', '=', other.users.member.id)
      .execute();
    expect(await trpcCode((await client.caller()).home.summary())).toBe('UNAUTHORIZED');
  });

  test('a session without an active organisation is refused with tenant.none', async () => {
    const { client, tokenHash } = await signedIn();
    await database.ownerDb
      .updateTable('sessions')
      .set({ active_tenant_id: null })
      .where('token_hash', '=', tokenHash)
      .execute();
    await expect((await client.caller()).home.summary()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'tenant.none',
    });
  });

  test("a revoked membership loses the organisation's procedures in the same request", async () => {
    const { client } = await signedIn();
    await database.ownerDb
      .updateTable('memberships')
      .set({ revoked_at: new Date() })
      .where('user_id', '=', tenant.users.hr_officer.id)
      .execute();
    await expect((await client.caller()).home.summary()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'tenant.notMember',
    });
  });
});
