import { randomBytes } from 'node:crypto';
import { appRoleUrl, createDb, type Db, OWNER_ROLE } from '@qorgau/db';
import pg from 'pg';
import { withDatabase } from './postgres.js';

export interface TestDatabase {
  name: string;
  adminUrl: string;
  appUrl: string;
  /** Connected as qorgau_app: row-level security applies exactly as in production. */
  appDb: Db;
  /** Connected as the schema owner, for fixtures and for inspecting what really got written. */
  ownerDb: Db;
  drop: () => Promise<void>;
}

function templateUrl(): string {
  const url = process.env.QORGAU_TEST_TEMPLATE_URL;
  if (!url) throw new Error('QORGAU_TEST_TEMPLATE_URL is not set: run tests through jest (global setup)');
  return url;
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database per test file, cloned from the migrated template. */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const base = templateUrl();
  const name = `qorgau_t_${process.env.QORGAU_TEST_RUN_ID ?? 'x'}_${randomBytes(5).toString('hex')}`;
  const source = options.empty ? 'template0' : process.env.QORGAU_TEST_TEMPLATE;
  await adminQuery(base, `create database "${name}" template ${source}`);
  const adminUrl = withDatabase(base, name);
  if (options.empty) {
    await adminQuery(base, `grant connect on database "${name}" to qorgau_app`);
    await adminQuery(base, `grant create on database "${name}" to ${OWNER_ROLE}`);
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`grant usage, create on schema public to ${OWNER_ROLE}`);
    await client.end();
  }
  const appUrl = appRoleUrl(adminUrl, process.env.QORGAU_TEST_APP_PASSWORD ?? '');
  const appDb = createDb({ connectionString: appUrl, max: 5 });
  const ownerDb = createDb({ connectionString: adminUrl, max: 3, onConnect: `set role ${OWNER_ROLE}` });
  return {
    name,
    adminUrl,
    appUrl,
    appDb,
    ownerDb,
    drop: async () => {
      await appDb.destroy();
      await ownerDb.destroy();
      await adminQuery(base, `drop database if exists "${name}" with (force)`);
    },
  };
}
