import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';

const PEOPLE = 500;
let database: TestDatabase;
let tenant: TenantFixture;
let port = 0;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real server in its own process group, so kill -9 takes its Chromium down with it. */
async function startServerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('packages/api/src/bin/start.ts')], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DATABASE_URL: database.adminUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.resolve('tests/.data/crash'),
      LOG_LEVEL: 'silent',
      DEMO_MODE: 'true',
      JOB_MAINTENANCE_SECONDS: '1',
      JOB_EXPIRE_SECONDS: '8',
    },
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not start');
}

async function batchState(batchId: string) {
  const batch = await database.ownerDb
    .selectFrom('document_batches')
    .select(['done', 'failed', 'total'])
    .where('id', '=', batchId)
    .executeTakeFirstOrThrow();
  const documents = await database.ownerDb
    .selectFrom('documents')
    .select((eb) => [
      eb.fn.countAll<string>().as('count'),
      eb.fn.count<string>('person_id').distinct().as('people'),
    ])
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow();
  return { ...batch, documents: Number(documents.count), people: Number(documents.people) };
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await database.ownerDb
    .insertInto('people')
    .values(
      Array.from({ length: PEOPLE - tenant.personIds.length }, (_, index) => ({
        tenant_id: tenant.tenantId,
        full_name: `Қызметкер ${index + 1}`,
        number: `C${index}`,
        language: 'kk' as const,
      })),
    )
    .execute();
  port = await freePort();
});
afterAll(() => database.drop());

test('kill -9 in the middle of a 500-document job: after restart it finishes with exactly 500', async () => {
  let server = await startServerProcess();
  const hr = new HttpClient(`http://127.0.0.1:${port}`);
  await hr.mutation('auth.signIn', { email: tenant.users.hr_officer.email, password: TEST_PASSWORD });
  const { batchId, total } = await hr.mutation<{ batchId: string; total: number }>(
    'documents.startSampleBatch',
    {
      kind: 'acknowledgement-receipt',
      language: 'ru',
    },
  );
  expect(total).toBe(PEOPLE);

  let state = await batchState(batchId);
  while (state.documents < 40) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await batchState(batchId);
  }
  if (server.pid) process.kill(-server.pid, 'SIGKILL');
  await new Promise((resolve) => server.once('exit', resolve));
  const atCrash = await batchState(batchId);
  expect(atCrash.documents).toBeLessThan(PEOPLE);

  server = await startServerProcess();
  try {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      state = await batchState(batchId);
      if (state.done + state.failed >= PEOPLE) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(state).toEqual({ done: PEOPLE, failed: 0, total: PEOPLE, documents: PEOPLE, people: PEOPLE });
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  }
}, 300_000);
