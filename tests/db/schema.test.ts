import { DATABASE_COLUMNS } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function tenantTables(): Promise<string[]> {
  const result = await sql<{ table_name: string }>`
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'tenant_id' order by table_name`.execute(
    database.ownerDb,
  );
  return result.rows.map((row) => row.table_name);
}

describe('schema catalog', () => {
  test('every tenant table has row-level security enabled and forced', async () => {
    const tables = await tenantTables();
    expect(tables.length).toBeGreaterThanOrEqual(6);
    const result = await sql<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>`
      select relname, relrowsecurity, relforcerowsecurity from pg_class
      where relnamespace = 'public'::regnamespace and relname = any(${tables})`.execute(database.ownerDb);
    for (const row of result.rows) {
      expect({ table: row.relname, enabled: row.relrowsecurity, forced: row.relforcerowsecurity }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
      });
    }
    expect(result.rows).toHaveLength(tables.length);
  });

  test('tenant_id leads every primary key and is part of every foreign key of a tenant table', async () => {
    const tables = await tenantTables();
    const keys = await sql<{
      table: string;
      type: string;
      name: string;
      columns: string[];
      referenced: string | null;
    }>`
      select c.conrelid::regclass::text as table, c.contype as type, c.conname as name,
        array(select a.attname from unnest(c.conkey) k join pg_attribute a
          on a.attrelid = c.conrelid and a.attnum = k)::text[] as columns,
        c.confrelid::regclass::text as referenced
      from pg_constraint c
      where c.connamespace = 'public'::regnamespace and c.contype in ('p', 'f')
        and c.conrelid::regclass::text = any(${tables})`.execute(database.ownerDb);
    for (const table of tables) {
      const primary = keys.rows.find((key) => key.table === table && key.type === 'p');
      expect({ table, pk: primary?.columns.includes('tenant_id') }).toEqual({ table, pk: true });
    }
    const foreign = keys.rows.filter((key) => key.type === 'f' && key.referenced !== 'users');
    expect(foreign.length).toBeGreaterThan(5);
    for (const key of foreign) {
      expect({ key: key.name, tenantScoped: key.columns.includes('tenant_id') }).toEqual({
        key: key.name,
        tenantScoped: true,
      });
    }
  });

  test('the application role owns nothing and cannot bypass row-level security', async () => {
    const owned = await sql<{ name: string }>`
      select c.relname as name from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = 'qorgau_app'
      union all
      select p.proname from pg_proc p join pg_roles r on r.oid = p.proowner where r.rolname = 'qorgau_app'`.execute(
      database.ownerDb,
    );
    expect(owned.rows).toEqual([]);
    const role = await sql<{ rolbypassrls: boolean; rolsuper: boolean }>`
      select rolbypassrls, rolsuper from pg_roles where rolname = 'qorgau_app'`.execute(database.ownerDb);
    expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
  });

  test('the hand-written Database types match the migrated columns', async () => {
    const result = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name not like 'kysely_%'`.execute(database.ownerDb);
    const catalog: Record<string, string[]> = {};
    for (const row of result.rows) {
      catalog[row.table_name] = [...(catalog[row.table_name] ?? []), row.column_name];
    }
    const declared = Object.fromEntries(
      Object.entries(DATABASE_COLUMNS).map(([table, columns]) => [table, [...columns].sort()]),
    );
    const actual = Object.fromEntries(
      Object.entries(catalog).map(([table, columns]) => [table, columns.sort()]),
    );
    expect(actual).toEqual(declared);
  });
});
