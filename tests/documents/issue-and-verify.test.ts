import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '@qorgau/api';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, TEST_PASSWORD, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';

interface Batch {
  id: string;
  total: number;
  done: number;
  failed: number;
  status: string;
  etaSeconds: number | null;
}
interface DocumentSummary {
  id: string;
  publicId: string;
  sha256: string;
  sample: boolean;
}

let database: TestDatabase;
let tenantA: TenantFixture;
let tenantB: TenantFixture;
let server: RunningServer;
let hrA: HttpClient;
let documents: DocumentSummary[] = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'qorgau-docs-'));

function pdfsig(bytes: Buffer): string {
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  const result = spawnSync('pdfsig', [file], { encoding: 'utf8' });
  return `${result.stdout}${result.stderr}`;
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenantA = await createTenant(database.ownerDb);
  tenantB = await createTenant(database.ownerDb);
  server = await startApiServer(database.appUrl, { PUBLIC_URL: 'http://qorgau.test' });
  hrA = await signedInClient(server, tenantA.users.hr_officer.email);
}, 60_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('a batch runs in the background with progress, and issues one signed PDF per person', async () => {
  const started = await hrA.mutation<{ batchId: string; total: number }>('documents.startSampleBatch', {
    kind: 'training-certificate',
    language: 'kk',
  });
  expect(started.total).toBe(3);
  const finished = await until(
    () => hrA.query<Batch>('documents.batch', { id: started.batchId }),
    (batch) => batch.status !== 'running',
    60_000,
  );
  expect(finished).toMatchObject({ total: 3, done: 3, failed: 0, status: 'completed', etaSeconds: null });
  documents = await hrA.query<DocumentSummary[]>('documents.list', { batchId: started.batchId });
  expect(documents).toHaveLength(3);
  expect(documents.every((document) => document.sample)).toBe(true);
}, 90_000);

test('each download is the issued PDF, byte for byte, and pdfsig reports it valid', async () => {
  for (const document of documents) {
    const response = await hrA.get(`/api/documents/${document.id}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await response.arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    const report = pdfsig(bytes);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('ETSI.CAdES.detached');
  }
});

test('/verify by identifier shows what the document is, without an account', async () => {
  const [document] = documents;
  const anonymous = new HttpClient(hrA.baseUrl);
  const result = await anonymous.query<{ found: boolean; document: Record<string, unknown> }>('verify.byId', {
    publicId: document?.publicId,
  });
  expect(result.found).toBe(true);
  expect(result.document).toMatchObject({
    publicId: document?.publicId,
    sha256: document?.sha256,
    sample: true,
  });
  expect(Object.keys(result.document).sort()).toEqual(
    [
      'concerns',
      'kind',
      'language',
      'organizationNames',
      'publicId',
      'sample',
      'sha256',
      'signedAt',
      'signer',
      'title',
    ].sort(),
  );
  const unknown = await anonymous.query<{ found: boolean }>('verify.byId', {
    publicId: 'QRG-0000-0000-0000',
  });
  expect(unknown.found).toBe(false);
});

test('/verify by upload agrees with pdfsig: the issued file is genuine, one changed byte is not', async () => {
  const [document] = documents;
  const bytes = Buffer.from(await (await hrA.get(`/api/documents/${document?.id}/pdf`)).arrayBuffer());
  const upload = (body: Buffer) =>
    fetch(`${hrA.baseUrl}/api/verify/upload`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf' },
      body: new Uint8Array(body),
    });
  const genuine = (await (await upload(bytes)).json()) as { genuine: boolean; signatureValid: boolean };
  expect(genuine).toMatchObject({ genuine: true, signatureValid: true });

  const tampered = Buffer.from(bytes);
  const offset = tampered.indexOf('/Type /Page') + 2;
  tampered[offset] = tampered[offset] === 0x54 ? 0x55 : 0x54;
  const verdict = (await (await upload(tampered)).json()) as {
    genuine: boolean;
    signatureValid: boolean;
    issuedByUs: boolean;
  };
  expect(verdict).toMatchObject({ genuine: false, signatureValid: false, issuedByUs: false });
  expect(pdfsig(tampered)).not.toContain('Signature is Valid.');

  const notPdf = await upload(Buffer.from('hello'));
  expect(notPdf.status).toBe(400);
});

test('another tenant’s HR officer cannot download or look up A’s documents or batches', async () => {
  const hrB = new HttpClient(hrA.baseUrl);
  await hrB.mutation('auth.signIn', { email: tenantB.users.hr_officer.email, password: TEST_PASSWORD });
  for (const document of documents) {
    expect((await hrB.get(`/api/documents/${document.id}/pdf`)).status).toBe(404);
  }
  const batches = await hrB.query<Batch[]>('documents.batches');
  expect(batches.map((batch) => batch.id)).toEqual([tenantB.batchId]);
  const anonymous = new HttpClient(hrA.baseUrl);
  expect((await anonymous.get(`/api/documents/${documents[0]?.id}/pdf`)).status).toBe(401);
});

test('a staff member without documents.read gets only documents about themselves', async () => {
  const member = new HttpClient(hrA.baseUrl);
  await member.mutation('auth.signIn', { email: tenantA.users.member.email, password: TEST_PASSWORD });
  expect((await member.get(`/api/documents/${documents[0]?.id}/pdf`)).status).toBe(404);
  expect(await member.query<unknown[]>('documents.mine')).toEqual([]);
});
