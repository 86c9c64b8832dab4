import { migrateDownAll, migrateToLatest } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
});
afterAll(() => database.drop());

async function publicTables(): Promise<string[]> {
  const result = await sql<{ tablename: string }>`
    select tablename from pg_tables where schemaname = 'public' and tablename not like 'kysely_%'
    order by tablename`.execute(database.ownerDb);
  return result.rows.map((row) => row.tablename);
}

test('migrations go up, all the way down, and up again', async () => {
  await migrateToLatest(database.ownerDb);
  const first = await publicTables();
  expect(first).toContain('people');

  const down = await migrateDownAll(database.ownerDb);
  expect(down.every((result) => result.status === 'Success')).toBe(true);
  expect(await publicTables()).toEqual([]);
  const functions = await sql<{ proname: string }>`
    select proname from pg_proc where pronamespace = 'public'::regnamespace`.execute(database.ownerDb);
  expect(functions.rows).toEqual([]);

  await migrateToLatest(database.ownerDb);
  expect(await publicTables()).toEqual(first);
});
