import { createRateLimits } from '@qorgau/api';
import { createPool } from '@qorgau/db';
import { sql } from 'kysely';
import { TestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { trpcCode } from '../support/procedures.js';

// Two app instances behind a balancer: each has its own pool and its own limiter objects, and only
// the database is shared, so an attacker cannot multiply the budget by spreading requests.

let database: TestDatabase;
let tenant: TenantFixture;
const pools: ReturnType<typeof createPool>[] = [];

function instance(options: { accountFailures?: number; ipAttempts?: number } = {}) {
  const pool = createPool({ connectionString: database.appUrl, max: 2 });
  pools.push(pool);
  return createRateLimits({ ...options, store: pool });
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
  await database.drop();
});

describe('rate limits shared through PostgreSQL', () => {
  test('failed sign-ins on one instance count on the other', async () => {
    const budget = { accountFailures: 3, ipAttempts: 100 };
    const first = testDeps(database.appDb, { rateLimits: instance(budget) });
    const second = testDeps(database.appDb, { rateLimits: instance(budget) });
    const email = tenant.users.member.email;
    expect(await trpcCode(new TestClient(first).signIn(email, 'wrong'))).toBe('UNAUTHORIZED');
    expect(await trpcCode(new TestClient(second).signIn(email, 'wrong'))).toBe('UNAUTHORIZED');
    expect(await trpcCode(new TestClient(first).signIn(email, 'wrong'))).toBe('UNAUTHORIZED');
    const blocked = new TestClient(second).signIn(email, TEST_PASSWORD);
    await expect(blocked).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', message: 'auth.rateLimited' });
  });

  test('a successful sign-in clears the account budget for every instance', async () => {
    const one = instance({ accountFailures: 2 });
    const other = instance({ accountFailures: 2 });
    await one.recordSignInFailure('reset@example.kz', '10.9.0.1');
    await one.recordSignInSuccess('Reset@Example.kz');
    await other.recordSignInFailure('reset@example.kz', '10.9.0.2');
    await expect(other.assertSignInAllowed('reset@example.kz', '10.9.0.3')).resolves.toBeUndefined();
  });

  test('the store holds digests, never an email or an IP address', async () => {
    const limits = instance();
    await limits.recordSignInFailure('private.person@example.kz', '192.0.2.77');
    await limits.consumeVerification('192.0.2.78');
    const { rows } = await sql<{ key: string }>`select key from rate_limit_points`.execute(database.ownerDb);
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) {
      expect(key).not.toMatch(/@|192\.0\.2/);
    }
  });
});
