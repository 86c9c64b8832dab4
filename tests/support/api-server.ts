import path from 'node:path';
import { createLogger, loadConfig, type RunningServer, startHttpServer } from '@qorgau/api';
import { TEST_PASSWORD } from './factories.js';
import { HttpClient } from './http-client.js';

/** The real HTTP server on a random port over a test database, quiet, with the tests' data folder. */
export function startApiServer(appUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DATA_DIR: path.resolve('tests/.data'),
    ...env,
  });
  return startHttpServer(config, createLogger('silent'), appUrl);
}

/** A cookie-keeping client signed in as a factory user (all share the tests' password). */
export async function signedInClient(server: RunningServer, email: string): Promise<HttpClient> {
  const http = new HttpClient(server.url.replace('localhost', '127.0.0.1'));
  await http.mutation('auth.signIn', { email, password: TEST_PASSWORD });
  return http;
}
