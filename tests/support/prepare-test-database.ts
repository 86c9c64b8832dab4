import { randomBytes } from 'node:crypto';
import { bootstrapPolicyModel, bootstrapTrainingModel } from '@qorgau/api';
import { createDb, ensureDatabase, ensureRoles, migrateToLatest, OWNER_ROLE } from '@qorgau/db';
import pg from 'pg';
import { locateTestServer } from './postgres.js';

export const TEST_APP_PASSWORD = 'qorgau-test-app-role';

async function dropDatabases(adminUrl: string, pattern: string) {
  const maintenance = new pg.Client({ connectionString: adminUrl });
  await maintenance.connect();
  try {
    const found = await maintenance.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [pattern],
    );
    for (const row of found.rows) {
      await maintenance.query(`drop database if exists "${row.datname}" with (force)`);
    }
  } finally {
    await maintenance.end();
  }
}

/**
 * Builds one migrated template database per run; each test file clones it in a few milliseconds.
 * Names carry a run id so two runs on one server (two developers, an editor's watcher) never
 * drop each other's databases.
 */
export async function prepareTestDatabase(): Promise<() => Promise<void>> {
  const server = await locateTestServer();
  const runId = randomBytes(4).toString('hex');
  const template = `qorgau_tpl_${runId}`;
  const templateUrl = server.adminUrl(template);
  await ensureDatabase(templateUrl);
  await ensureRoles(templateUrl, TEST_APP_PASSWORD);
  const owner = createDb({ connectionString: templateUrl, max: 1, onConnect: `set role ${OWNER_ROLE}` });
  await migrateToLatest(owner);
  await bootstrapPolicyModel(owner);
  await bootstrapTrainingModel(owner);
  await owner.destroy();
  process.env.QORGAU_TEST_TEMPLATE = template;
  process.env.QORGAU_TEST_TEMPLATE_URL = templateUrl;
  process.env.QORGAU_TEST_RUN_ID = runId;
  process.env.QORGAU_TEST_APP_PASSWORD = TEST_APP_PASSWORD;
  return async () => {
    await dropDatabases(server.adminUrl('postgres'), `qorgau_t_${runId}_%`);
    await dropDatabases(server.adminUrl('postgres'), template);
    await server.stop();
  };
}
