import path from 'node:path';
import {
  type AppDeps,
  appRouter,
  type Context,
  createLogger,
  createRateLimits,
  loadConfig,
} from '@qorgau/api';
import type { Db } from '@qorgau/db';
import { createPdfService } from '@qorgau/pdf';
import { TEST_PASSWORD } from './factories.js';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export function testClock(start = new Date()): TestClock & { read: () => Date } {
  const clock = {
    now: start,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    read: () => clock.now,
  };
  return clock;
}

// Chromium starts only when a test renders; most never do.
const sharedPdf = createPdfService({ dataDir: path.resolve('tests/.data') });

export function testDeps(db: Db, overrides: Partial<AppDeps> = {}): AppDeps {
  const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'http://qorgau.test', LOG_LEVEL: 'silent' });
  return {
    pdf: sharedPdf,
    jobs: null,
    config,
    db,
    logger: createLogger('silent'),
    clock: () => new Date(),
    rateLimits: createRateLimits(),
    mailer: null,
    ...overrides,
  };
}

let ipCounter = 0;

/**
 * A browser stand-in: keeps the session cookie the API sets and builds a tRPC caller with the
 * same context the HTTP adapter would.
 */
export class TestClient {
  token: string | undefined;
  readonly ip: string;

  constructor(private readonly deps: AppDeps) {
    ipCounter += 1;
    this.ip = `10.0.${Math.floor(ipCounter / 250)}.${ipCounter % 250}`;
  }

  async caller() {
    const context: Context = {
      deps: this.deps,
      origin: { requestId: `test-${Date.now()}`, ip: this.ip, userAgent: 'jest' },
      sessionToken: this.token,
      cookies: {
        set: (token) => {
          this.token = token;
        },
        clear: () => {
          this.token = undefined;
        },
      },
    };
    return appRouter.createCaller(context);
  }

  async signIn(email: string, password: string) {
    return (await this.caller()).auth.signIn({ email, password });
  }
}

/** An in-process client signed in as a factory user (all share the tests' password). */
export async function signedInTestClient(deps: AppDeps, email: string): Promise<TestClient> {
  const client = new TestClient(deps);
  await client.signIn(email, TEST_PASSWORD);
  return client;
}
