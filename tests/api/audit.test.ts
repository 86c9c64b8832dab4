import { verifyAuditChains } from '@qorgau/api';
import { sql } from 'kysely';
import pg from 'pg';
import { signedInTestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';

let database: TestDatabase;
let tenant: TenantFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  const hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  const caller = await hr.caller();
  const unit = await caller.units.create({ name: 'Қаржы бөлімі' });
  const person = await caller.people.create({
    fullName: 'Мөлдір Әлиева',
    language: 'kk',
    kind: 'employee',
    unitId: unit.id,
  });
  await caller.people.update({ id: person.id, fullName: 'Мөлдір Әлиева', language: 'ru', kind: 'employee' });
  await caller.people.deactivate({ id: person.id });
});
afterAll(() => database.drop());

function entries() {
  return database.ownerDb
    .selectFrom('audit_log')
    .select([
      'chain',
      'seq',
      'action',
      'actor_user_id',
      'ip',
      'request_id',
      'occurred_at',
      'prev_hash',
      'hash',
    ])
    .where('tenant_id', '=', tenant.tenantId)
    .orderBy('occurred_at')
    .execute();
}

type Entry = Awaited<ReturnType<typeof entries>>[number];

function byChain(rows: Entry[]): Map<number, Entry[]> {
  const chains = new Map<number, Entry[]>();
  for (const row of rows) chains.set(row.chain, [...(chains.get(row.chain) ?? []), row]);
  for (const chain of chains.values()) chain.sort((a, b) => Number(a.seq) - Number(b.seq));
  return chains;
}

test('every change is recorded with who, what, when and from where', async () => {
  const rows = await entries();
  expect(rows.map((row) => row.action)).toEqual([
    'auth.signedIn',
    'unit.created',
    'person.created',
    'person.updated',
    'person.deactivated',
  ]);
  for (const row of rows) {
    expect(row.actor_user_id).toBe(tenant.users.hr_officer.id);
    expect(row.ip).toMatch(/^10\./);
    expect(row.request_id).toMatch(/^test-/);
    expect(row.occurred_at).toBeInstanceOf(Date);
  }
});

test('each entry is chained to the previous one of its chain', async () => {
  const rows = await entries();
  for (const chain of byChain(rows).values()) {
    expect(chain[0]?.prev_hash).toBe('0'.repeat(64));
    expect(chain[0]?.seq).toBe('1');
    for (let index = 1; index < chain.length; index += 1) {
      expect(chain[index]?.prev_hash).toBe(chain[index - 1]?.hash);
      expect(Number(chain[index]?.seq)).toBe(index + 1);
    }
  }
  const report = await verifyAuditChains(database.ownerDb);
  expect(report.breaks).toEqual([]);
  expect(report.rows).toBeGreaterThanOrEqual(rows.length);
});

test('the entries of one transaction share one chain, and separate ones spread over chains', async () => {
  await database.ownerDb.transaction().execute(async (tx) => {
    for (let index = 0; index < 12; index += 1) {
      await tx
        .insertInto('audit_log')
        .values({ tenant_id: tenant.tenantId, actor_user_id: null, action: 'test.batch', details: '{}' })
        .execute();
    }
  });
  const batch = (await entries()).filter((row) => row.action === 'test.batch');
  expect(new Set(batch.map((row) => row.chain)).size).toBe(1);

  const hr = await signedInTestClient(testDeps(database.appDb), tenant.users.hr_officer.email);
  const caller = await hr.caller();
  await Promise.all(
    Array.from({ length: 12 }, (_, index) => caller.units.create({ name: `Бөлім ${index}` })),
  );
  const created = (await entries()).filter((row) => row.action === 'unit.created');
  expect(new Set(created.map((row) => row.chain)).size).toBeGreaterThan(1);
  const report = await verifyAuditChains(database.ownerDb);
  expect(report.breaks).toEqual([]);
});

test('a chain past ten entries is read in numeric order, not as text', async () => {
  const longest = Math.max(...[...byChain(await entries()).values()].map((chain) => chain.length));
  expect(longest).toBeGreaterThan(10);
  const report = await verifyAuditChains(database.ownerDb);
  expect(report.breaks).toEqual([]);
});

test('a row changed by hand is reported as the first broken link of its chain', async () => {
  const [longest] = [...byChain(await entries()).values()].sort((a, b) => b.length - a.length);
  const target = longest?.[2];
  if (!target) throw new Error('no chain of three entries');
  // Only a superuser session can get past the append-only trigger: exactly the tampering to detect.
  const client = new pg.Client({ connectionString: database.adminUrl });
  await client.connect();
  await client.query('set session_replication_role = replica');
  await client.query(
    'update audit_log set details = \'{"edited": true}\' where tenant_id = $1 and chain = $2 and seq = 3',
    [tenant.tenantId, target.chain],
  );
  await client.end();
  const report = await verifyAuditChains(database.ownerDb);
  expect(report.breaks).toEqual([
    { tenantId: tenant.tenantId, chain: target.chain, seq: 3, reason: 'hashMismatch' },
  ]);
});

test('the append-only trigger stops even the owner from editing history', async () => {
  await expect(sql`update audit_log set action = 'rewritten'`.execute(database.ownerDb)).rejects.toThrow(
    /append-only/,
  );
  await expect(sql`delete from audit_log`.execute(database.ownerDb)).rejects.toThrow(/append-only/);
});
