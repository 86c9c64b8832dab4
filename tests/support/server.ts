import { createLogger, DEMO_LOGINS, DEMO_PASSWORD, loadConfig, seedDemo, startHttpServer } from '@qorgau/api';
import type { Db } from '@qorgau/db';
import { createTestDatabase } from './database.js';

export interface TestServer {
  url: string;
  /** The database owner's handle, for checking what a request left behind. */
  ownerDb: Db;
  stop: () => Promise<void>;
  logins: Record<'projectStaff' | 'hrOfficer' | 'member', { email: string; password: string }>;
}

function login(role: string) {
  const found = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!found) throw new Error(`no demo login for ${role}`);
  return { email: found.email, password: DEMO_PASSWORD };
}

/** The real HTTP server on a random port, over a fresh seeded database, serving the built web app. */
export async function startTestServer(): Promise<TestServer> {
  const database = await createTestDatabase();
  await seedDemo(database.ownerDb);
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_MODE: 'true',
  });
  const server = await startHttpServer(config, createLogger('silent'), database.appUrl);
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    ownerDb: database.ownerDb,
    logins: { projectStaff: login('project_staff'), hrOfficer: login('hr_officer'), member: login('member') },
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}
