import { randomUUID } from 'node:crypto';
import { createRenderWorker } from '@qorgau/api';
import { testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';

let database: TestDatabase;
let tenant: TenantFixture;

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
});
afterAll(() => database.drop());

test('a job that fails its last attempt is counted as failed and shown with a reason, once', async () => {
  const work = createRenderWorker(testDeps(database.appDb));
  const job = {
    type: 'batchItem' as const,
    tenantId: tenant.tenantId,
    batchId: tenant.batchId,
    personId: randomUUID(),
    kind: 'training-certificate' as const,
    language: 'kk' as const,
    issuedBy: null,
  };
  await expect(work({ job, lastAttempt: false })).rejects.toThrow();
  let batch = await database.ownerDb
    .selectFrom('document_batches')
    .selectAll()
    .where('id', '=', tenant.batchId)
    .executeTakeFirstOrThrow();
  expect(batch.failed).toBe(0);

  await expect(work({ job, lastAttempt: true })).rejects.toThrow();
  await expect(work({ job, lastAttempt: true })).rejects.toThrow();
  batch = await database.ownerDb
    .selectFrom('document_batches')
    .selectAll()
    .where('id', '=', tenant.batchId)
    .executeTakeFirstOrThrow();
  expect(batch).toMatchObject({ failed: 1, done: 0 });
  expect(batch.finished_at).toBeInstanceOf(Date);
  const failures = await database.ownerDb.selectFrom('document_batch_failures').selectAll().execute();
  expect(failures).toEqual([expect.objectContaining({ reason: 'subjectMissing', person_id: null })]);
});
