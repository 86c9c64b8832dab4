import { createDb, ensureDatabase, ensureRoles, migrateToLatest, OWNER_ROLE } from '@qorgau/db';
import pg from 'pg';
import { locateTestServer, TEMPLATE_DATABASE } from './postgres.js';

export const TEST_APP_PASSWORD = 'qorgau-test-app-role';

/** Builds one migrated template database; each test file clones it in a few milliseconds. */
export async function prepareTestDatabase(): Promise<() => Promise<void>> {
  const server = await locateTestServer();
  const maintenance = new pg.Client({ connectionString: server.adminUrl('postgres') });
  await maintenance.connect();
  const stale = await maintenance.query<{ datname: string }>(
    "select datname from pg_database where datname like 'qorgau_t_%' or datname = $1",
    [TEMPLATE_DATABASE],
  );
  for (const row of stale.rows)
    await maintenance.query(`drop database if exists "${row.datname}" with (force)`);
  await maintenance.end();

  const templateUrl = server.adminUrl(TEMPLATE_DATABASE);
  await ensureDatabase(templateUrl);
  await ensureRoles(templateUrl, TEST_APP_PASSWORD);
  const owner = createDb({ connectionString: templateUrl, max: 1, onConnect: `set role ${OWNER_ROLE}` });
  await migrateToLatest(owner);
  await owner.destroy();
  process.env.QORGAU_TEST_TEMPLATE_URL = templateUrl;
  process.env.QORGAU_TEST_APP_PASSWORD = TEST_APP_PASSWORD;
  return server.stop;
}
