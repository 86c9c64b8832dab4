import { createHash } from 'node:crypto';
import type { RunningServer } from '@qorgau/api';
import { sql } from 'kysely';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { adoptPolicyVersion } from '../support/policy-flow.js';
import { removeFixtureVersion } from '../support/policy-values.js';

interface Adoption {
  id: string;
  minutes: { fileName: string; sizeBytes: number; sha256: string; uploadedAt: string } | null;
  extract: { status: 'pending' | 'issued' | 'failed'; documentId?: string };
}

let database: TestDatabase;
let tenant: TenantFixture;
let otherTenant: TenantFixture;
let server: RunningServer;
let hr: HttpClient;
let secretary: HttpClient;
let ethics: HttpClient;
let member: HttpClient;
let outsiderHr: HttpClient;
let versionId = '';
let adoption: Adoption;

/** A small but real PDF header and body: the server checks the magic bytes, not the layout. */
const SCAN = Buffer.concat([
  Buffer.from('%PDF-1.4\n% scanned minutes\n', 'latin1'),
  Buffer.alloc(64 * 1024, 0x41),
  Buffer.from('\n%%EOF\n', 'latin1'),
]);

function upload(client: HttpClient, adoptionId: string, body: Buffer, fileName = 'Хаттама №3.pdf') {
  return fetch(
    `${client.baseUrl}/api/adoptions/${adoptionId}/minutes?fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', 'x-qorgau-client': 'web', cookie: client.cookie },
      body: new Uint8Array(body),
    },
  );
}

async function waitForExtract(status: Adoption['extract']['status']) {
  const deadline = Date.now() + 30_000;
  let current = await hr.query<Adoption>('adoption.get', { versionId });
  while (current.extract.status !== status && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    current = await hr.query<Adoption>('adoption.get', { versionId });
  }
  return current;
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  otherTenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  const programme = await createProgramme(database.ownerDb);
  server = await startApiServer(database.appUrl);
  const client = (email: string) => signedInClient(server, email);
  hr = await client(tenant.users.hr_officer.email);
  secretary = await client(tenant.users.board_secretary.email);
  ethics = await client(tenant.users.ethics_officer.email);
  member = await client(tenant.users.member.email);
  outsiderHr = await client(otherTenant.users.hr_officer.email);
  const staff = await client(programme.staff.email);
  versionId = await adoptPolicyVersion(hr, staff, tenant.tenantId);
  adoption = await hr.query<Adoption>('adoption.get', { versionId });
}, 90_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('a file that is not a PDF, an empty one or one over 20 MB is refused with a clear error', async () => {
  const notPdf = await upload(hr, adoption.id, Buffer.from('PK\u0003\u0004 a zip file'), 'minutes.pdf');
  expect(notPdf.status).toBe(400);
  expect(await notPdf.json()).toMatchObject({ error: 'adoption.minutesNotPdf' });
  const empty = await upload(hr, adoption.id, Buffer.alloc(0));
  expect(empty.status).toBe(400);
  expect(await empty.json()).toMatchObject({ error: 'adoption.minutesEmpty' });
  const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024 * 1024)]);
  const tooLarge = await upload(hr, adoption.id, huge);
  expect(tooLarge.status).toBe(413);
  expect(await tooLarge.json()).toMatchObject({ error: 'adoption.minutesTooLarge' });
  expect((await hr.query<Adoption>('adoption.get', { versionId })).minutes).toBeNull();
});

test('only who may record adoptions attaches the scan, and only to their own organisation’s record', async () => {
  expect((await upload(ethics, adoption.id, SCAN)).status).toBe(403);
  expect((await upload(member, adoption.id, SCAN)).status).toBe(403);
  expect((await upload(new HttpClient(hr.baseUrl), adoption.id, SCAN)).status).toBe(401);
  expect((await upload(outsiderHr, adoption.id, SCAN)).status).toBe(404);
  const forged = await fetch(`${hr.baseUrl}/api/adoptions/${adoption.id}/minutes`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', cookie: hr.cookie },
    body: new Uint8Array(SCAN),
  });
  expect(forged.status).toBe(403);
});

test('the scanned minutes are kept with the adoption, once, and downloadable by entitled roles', async () => {
  const response = await upload(secretary, adoption.id, SCAN);
  expect(response.status).toBe(200);
  const sha256 = createHash('sha256').update(SCAN).digest('hex');
  expect(await response.json()).toMatchObject({ fileName: 'Хаттама №3.pdf', sizeBytes: SCAN.length, sha256 });
  expect((await hr.query<Adoption>('adoption.get', { versionId })).minutes).toMatchObject({ sha256 });

  const again = await upload(hr, adoption.id, SCAN);
  expect(again.status).toBe(409);
  expect(await again.json()).toMatchObject({ error: 'adoption.minutesAlreadyAttached' });

  for (const reader of [hr, secretary, ethics]) {
    const download = await reader.get(`/api/adoptions/${adoption.id}/minutes.pdf`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(sha256);
  }
  expect((await member.get(`/api/adoptions/${adoption.id}/minutes.pdf`)).status).toBe(403);
  expect((await outsiderHr.get(`/api/adoptions/${adoption.id}/minutes.pdf`)).status).toBe(404);

  const tamper = database.appDb.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${tenant.tenantId}, true)`.execute(tx);
    await sql`update adoption_minutes set file_name = 'other.pdf'`.execute(tx);
  });
  await expect(tamper).rejects.toThrow(/permission denied/);
  const asOwner = database.ownerDb.deleteFrom('adoption_minutes').execute();
  await expect(asOwner).rejects.toThrow(/kept as uploaded/);
});

test('a failed extract can be tried again; repeated clicks queue one job and the extract is issued', async () => {
  await waitForExtract('issued');
  // Simulates the renderer having given up: no document, an error recorded.
  await database.ownerDb
    .updateTable('policy_adoptions')
    .set({ extract_document_id: null, extract_error: 'render failed' })
    .where('id', '=', adoption.id)
    .execute();
  expect((await hr.query<Adoption>('adoption.get', { versionId })).extract.status).toBe('failed');
  const jobsBefore = await sql<{ count: string }>`
    select count(*) as count from pgboss.job where data->>'adoptionId' = ${adoption.id}`.execute(
    database.ownerDb,
  );

  const retries = await Promise.all(
    Array.from({ length: 5 }, () => secretary.mutation<Adoption>('adoption.retryExtract', { versionId })),
  );
  expect(retries.every((result) => result.extract.status !== 'failed')).toBe(true);
  const jobsAfter = await sql<{ count: string }>`
    select count(*) as count from pgboss.job where data->>'adoptionId' = ${adoption.id}`.execute(
    database.ownerDb,
  );
  expect(Number(jobsAfter.rows[0]?.count) - Number(jobsBefore.rows[0]?.count)).toBe(1);

  const issued = await waitForExtract('issued');
  const documents = await database.ownerDb
    .selectFrom('documents')
    .select('id')
    .where('idempotency_key', '=', `adoption:${adoption.id}`)
    .execute();
  expect(documents.map((row) => row.id)).toEqual([issued.extract.documentId]);
  expect(await ethics.mutation('adoption.retryExtract', { versionId }).catch((error) => error.code)).toBe(
    'FORBIDDEN',
  );
});
