import { startEmbeddedPostgres } from './embedded.js';
import { migrateToLatest } from './migrator.js';
import { createDb, type Db } from './pool.js';
import { APP_ROLE, appRoleUrl, ensureDatabase, ensureRoles, OWNER_ROLE } from './provision.js';
import { localSecret } from './secrets.js';

export interface DatabaseRuntimeOptions {
  /** Admin connection (creates roles, runs migrations). Without it an embedded server is started. */
  databaseUrl?: string | undefined;
  /** Optional explicit URL for the application role, e.g. when a DBA manages its password. */
  appDatabaseUrl?: string | undefined;
  dataDir: string;
  embeddedPort?: number;
  log?: (message: string) => void;
}

export interface DatabaseRuntime {
  adminUrl: string;
  appUrl: string;
  embedded: boolean;
  /** Connections as the schema owner: migrations, seeding, audit verification. */
  ownerDb: () => Db;
  stop: () => Promise<void>;
}

export async function startDatabase(options: DatabaseRuntimeOptions): Promise<DatabaseRuntime> {
  let adminUrl = options.databaseUrl;
  let stopServer = async () => {};
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      port: options.embeddedPort ?? 54329,
      database: 'qorgau',
      ...(options.log ? { log: options.log } : {}),
    });
    adminUrl = server.adminUrl;
    stopServer = server.stop;
  }
  const appPassword =
    process.env.APP_DATABASE_PASSWORD ?? (await localSecret(options.dataDir, 'appRolePassword'));
  await ensureDatabase(adminUrl);
  await ensureRoles(adminUrl, appPassword);
  const resolvedAdminUrl = adminUrl;
  return {
    adminUrl,
    appUrl: options.appDatabaseUrl ?? appRoleUrl(adminUrl, appPassword),
    embedded: !options.databaseUrl,
    ownerDb: () =>
      createDb({ connectionString: resolvedAdminUrl, max: 4, onConnect: `set role ${OWNER_ROLE}` }),
    stop: stopServer,
  };
}

export async function migrateDatabase(runtime: DatabaseRuntime): Promise<string[]> {
  const db = runtime.ownerDb();
  try {
    const results = await migrateToLatest(db);
    return results.map((result) => result.migrationName);
  } finally {
    await db.destroy();
  }
}

export { APP_ROLE };
