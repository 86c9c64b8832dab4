import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { PooledClient } from './pooled-client.js';

// Dates stay as strings: people's hire dates are calendar dates, and converting them through the
// server's time zone would shift them by a day.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type Db = Kysely<Database>;

export interface PoolOptions {
  connectionString: string;
  max?: number;
  /** Run after every new connection, e.g. `set role qorgau_owner` for migrations. */
  onConnect?: string;
  /** An idle connection dropped by the server (restart, failover) is reported here, not thrown. */
  onIdleError?: (error: Error) => void;
}

export function createPool(options: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    Client: PooledClient,
  });
  // Without a listener, pg re-throws idle-client errors and would take the whole process down.
  pool.on('error', (error) => options.onIdleError?.(error));
  const statement = options.onConnect;
  if (statement) {
    pool.on('connect', (client) => {
      client.query(statement).catch(() => client.release(true));
    });
  }
  return pool;
}

export function createDb(options: PoolOptions): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: createPool(options) }) });
}

export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
