import { createRateLimits } from '@qorgau/api';
import { signedInTestClient, TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let tenant: TenantFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
});
afterAll(() => database.drop());

describe('accounts', () => {
  test('login is rate-limited per account with a clear error', async () => {
    const deps = testDeps(database.appDb, {
      rateLimits: createRateLimits({ accountFailures: 3, ipAttempts: 100 }),
    });
    const email = tenant.users.member.email;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const code = await trpcCode(new TestClient(deps).signIn(email, 'wrong password'));
      expect(code).toBe('UNAUTHORIZED');
    }
    const blocked = new TestClient(deps).signIn(email, TEST_PASSWORD);
    await expect(blocked).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'auth.rateLimited' });
  });

  test('login is rate-limited per address across accounts', async () => {
    const deps = testDeps(database.appDb, {
      rateLimits: createRateLimits({ accountFailures: 100, ipAttempts: 2 }),
    });
    const client = new TestClient(deps);
    await trpcCode(client.signIn('nobody1@example.kz', 'x'));
    await trpcCode(client.signIn('nobody2@example.kz', 'x'));
    expect(await trpcCode(client.signIn(tenant.users.board_secretary.email, TEST_PASSWORD))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  test('sign out ends one session; sign out everywhere ends all', async () => {
    const deps = testDeps(database.appDb);
    const laptop = new TestClient(deps);
    const phone = new TestClient(deps);
    const tablet = new TestClient(deps);
    for (const device of [laptop, phone, tablet])
      await device.signIn(tenant.users.ethics_officer.email, TEST_PASSWORD);
    const laptopToken = laptop.token;
    await (await laptop.caller()).auth.signOut();
    laptop.token = laptopToken;
    expect(await (await laptop.caller()).auth.me()).toBeNull();
    expect(await (await phone.caller()).auth.me()).not.toBeNull();
    const phoneToken = phone.token;
    await (await phone.caller()).auth.signOutEverywhere();
    phone.token = phoneToken;
    expect(await (await phone.caller()).auth.me()).toBeNull();
    expect(await (await tablet.caller()).auth.me()).toBeNull();
  });

  test('password reset works once and signs out every device', async () => {
    const deps = testDeps(database.appDb);
    const email = tenant.users.board_secretary.email;
    const device = new TestClient(deps);
    await device.signIn(email, TEST_PASSWORD).catch(() => undefined);
    const anonymous = new TestClient(deps);
    await (await anonymous.caller()).auth.requestPasswordReset({ email });
    await (await anonymous.caller()).auth.requestPasswordReset({ email: 'unknown@example.kz' });
    const message = await database.ownerDb
      .selectFrom('email_outbox')
      .selectAll()
      .where('to_address', '=', email)
      .where('template', '=', 'password-reset')
      .executeTakeFirstOrThrow();
    const token = message.text_body.match(/reset\?token=([A-Za-z0-9_-]+)/)?.[1] ?? '';
    await (await anonymous.caller()).auth.resetPassword({ token, password: 'a brand new password' });
    await expect(
      (await anonymous.caller()).auth.resetPassword({ token, password: 'again and again' }),
    ).rejects.toMatchObject({
      message: 'reset.used',
    });
    if (device.token) expect(await (await device.caller()).auth.me()).toBeNull();
    const me = await new TestClient(deps).signIn(email, 'a brand new password');
    expect(me.user.email).toBe(email);
    const unknown = await database.ownerDb
      .selectFrom('email_outbox')
      .select('id')
      .where('to_address', '=', 'unknown@example.kz')
      .execute();
    expect(unknown).toEqual([]);
  });

  test('passwords are stored as argon2id hashes and session tokens only as digests', async () => {
    const user = await database.ownerDb
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', tenant.users.member.id)
      .executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const client = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
    const sessions = await database.ownerDb.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.some((session) => session.token_hash.toString('base64url') === client.token)).toBe(false);
    expect(sessions.every((session) => session.token_hash.length === 32)).toBe(true);
  });

  test('the chosen language is remembered on the account', async () => {
    const client = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
    await (await client.caller()).auth.setLanguage({ language: 'kk' });
    const again = await new TestClient(testDeps(database.appDb)).signIn(
      tenant.users.hr_officer.email,
      TEST_PASSWORD,
    );
    expect(again.user.language).toBe('kk');
  });
});
