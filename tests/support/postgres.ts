import path from 'node:path';
import { startEmbeddedPostgres } from '@qorgau/db';
import pg from 'pg';

const LOCAL_SERVER = 'postgres://postgres@127.0.0.1:5432/postgres';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * TEST_DATABASE_URL or DATABASE_URL when set (any database on that server: tests make their own),
 * else the server at 127.0.0.1:5432 when one answers (developer machines and CI), otherwise a real
 * PostgreSQL from the npm registry under tests/.data. Returns an admin URL for the given database.
 */
export async function locateTestServer(): Promise<{
  adminUrl: (database: string) => string;
  stop: () => Promise<void>;
}> {
  const explicit = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const base = explicit ?? ((await answers(LOCAL_SERVER)) ? LOCAL_SERVER : null);
  if (base) {
    return { adminUrl: (database) => withDatabase(base, database), stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve('tests/.data'),
    port: 54339,
    database: 'postgres',
  });
  return { adminUrl: (database) => withDatabase(server.adminUrl, database), stop: server.stop };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
