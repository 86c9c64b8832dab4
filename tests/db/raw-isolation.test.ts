import { withTenant } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';

let database: TestDatabase;
let tenantA: TenantFixture;
let tenantB: TenantFixture;

const TABLES = ['organizations', 'units', 'people', 'memberships', 'invitations'] as const;

beforeAll(async () => {
  database = await createTestDatabase();
  tenantA = await createTenant(database.ownerDb);
  tenantB = await createTenant(database.ownerDb);
});
afterAll(() => database.drop());

describe('raw SQL as the application role', () => {
  test.each(TABLES)('%s: with tenant A set, none of B’s rows are visible', async (table) => {
    const rows = await withTenant(
      database.appDb,
      { tenantId: tenantA.tenantId, userId: null },
      async (tx) => {
        const result = await sql<{ tenant_id: string }>`select tenant_id from ${sql.table(table)}`.execute(
          tx,
        );
        return result.rows;
      },
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.tenant_id === tenantA.tenantId)).toBe(true);
  });

  test.each(TABLES)('%s: without a tenant set, nothing is visible', async (table) => {
    const result = await sql<{
      count: string;
    }>`select count(*)::text as count from ${sql.table(table)}`.execute(database.appDb);
    expect(result.rows[0]?.count).toBe('0');
  });

  test('B’s rows cannot be written, updated or deleted from A’s transaction', async () => {
    await withTenant(database.appDb, { tenantId: tenantA.tenantId, userId: null }, async (tx) => {
      const updated = await tx
        .updateTable('people')
        .set({ full_name: 'hijacked' })
        .where('tenant_id', '=', tenantB.tenantId)
        .executeTakeFirst();
      expect(updated.numUpdatedRows).toBe(0n);
    });
    await expect(
      withTenant(database.appDb, { tenantId: tenantA.tenantId, userId: null }, (tx) =>
        tx.insertInto('units').values({ tenant_id: tenantB.tenantId, name: 'smuggled' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(sql`delete from people`.execute(database.appDb)).rejects.toThrow(/permission denied/);
  });

  test('the audit log accepts inserts only', async () => {
    await expect(sql`select * from audit_log`.execute(database.appDb)).rejects.toThrow(/permission denied/);
    await expect(sql`update audit_log set action = 'x'`.execute(database.appDb)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`delete from audit_log`.execute(database.appDb)).rejects.toThrow(/permission denied/);
  });

  test('cross-tenant aggregates are refused to anyone but project staff', async () => {
    await expect(
      withTenant(database.appDb, { tenantId: tenantA.tenantId, userId: tenantA.users.hr_officer.id }, (tx) =>
        sql`select * from app_organization_overview()`.execute(tx),
      ),
    ).rejects.toThrow(/project staff only/);
  });
});
