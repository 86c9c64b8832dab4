import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '@qorgau/api';
import { sql } from 'kysely';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { signedInTestClient, testDeps } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import { HttpClient } from '../support/http-client.js';
import { adoptPolicyVersion } from '../support/policy-flow.js';
import { removeFixtureVersion } from '../support/policy-values.js';

interface MyPolicy {
  versionId: string;
  status: string;
  dueDate: string;
  receipt: { documentId: string; publicId: string } | null;
}

let database: TestDatabase;
let tenant: TenantFixture;
let server: RunningServer;
let hr: HttpClient;
let member: HttpClient;
let secretary: HttpClient;
let ethics: HttpClient;
let staff: HttpClient;
let versionId = '';
let memberName = '';
const scratch = mkdtempSync(path.join(tmpdir(), 'qorgau-ack-'));

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  // The member and the board secretary are also people in the directory.
  for (const [role, index] of [
    ['member', 0],
    ['board_secretary', 1],
    ['ethics_officer', 2],
  ] as const) {
    await database.ownerDb
      .updateTable('people')
      .set({ user_id: tenant.users[role].id, position: 'Инженер' })
      .where('id', '=', tenant.personIds[index] ?? '')
      .execute();
  }
  const person = await database.ownerDb
    .selectFrom('people')
    .select('full_name')
    .where('id', '=', tenant.personIds[0] ?? '')
    .executeTakeFirstOrThrow();
  memberName = person.full_name;
  const programme = await createProgramme(database.ownerDb);
  server = await startApiServer(database.appUrl);
  const client = (email: string) => signedInClient(server, email);
  hr = await client(tenant.users.hr_officer.email);
  member = await client(tenant.users.member.email);
  secretary = await client(tenant.users.board_secretary.email);
  ethics = await client(tenant.users.ethics_officer.email);
  staff = await client(programme.staff.email);
  versionId = await adoptPolicyVersion(hr, staff, tenant.tenantId);
}, 90_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

/** What a decision leaves behind for one person: records, audit entries, queued receipts, assignment. */
async function traceOf(personId: string) {
  const db = database.ownerDb;
  const acks = await db
    .selectFrom('acknowledgements')
    .select('id')
    .where('person_id', '=', personId)
    .execute();
  const ids = acks.map((ack) => ack.id);
  const audits = ids.length
    ? await db.selectFrom('audit_log').select('seq').where('target_id', 'in', ids).execute()
    : [];
  const { rows: jobs } = ids.length
    ? await sql<{ id: string }>`select id from pgboss.job
        where data ->> 'acknowledgementId' in (${sql.join(ids)})`.execute(db)
    : { rows: [] };
  const assignment = await db
    .selectFrom('ack_assignments')
    .select('status')
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow();
  return { acks: ids.length, audits: audits.length, jobs: jobs.length, status: assignment.status };
}

test('publishing assigns the version to every active person with the due date', async () => {
  expect(await member.query<MyPolicy | null>('myPolicy.current')).toBeNull();
  const published = await hr.mutation<{ assigned: number }>('policy.publish', {
    versionId,
    dueDate: '2026-12-31',
  });
  expect(published.assigned).toBe(3);
  expect(await member.query<MyPolicy>('myPolicy.current')).toMatchObject({
    versionId,
    status: 'pending',
    dueDate: '2026-12-31',
  });
});

test('the policy text goes gzipped to a client that takes it; short answers and other clients get it plain', async () => {
  const send = (path: string, input: unknown, encoding: string) =>
    fetch(`${member.baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-qorgau-client': 'web',
        'accept-encoding': encoding,
        cookie: member.cookie,
      },
      body: JSON.stringify(input),
    });
  const zipped = await send('myPolicy.read', { versionId, language: 'ru' }, 'gzip, deflate, br');
  expect(zipped.headers.get('content-encoding')).toBe('gzip');
  expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
  const plain = await send('myPolicy.read', { versionId, language: 'ru' }, 'identity');
  expect(plain.headers.get('content-encoding')).toBeNull();
  // fetch unzips: both carry the same text.
  expect(await zipped.text()).toBe(await plain.text());
  const short = await send('myPolicy.reachedEnd', { versionId, language: 'ru' }, 'gzip');
  expect(short.status).toBe(200);
  expect(short.headers.get('content-encoding')).toBeNull();
});

test('acknowledging needs the text read to the end and the person’s own name', async () => {
  const input = { versionId, language: 'kk', typedName: memberName, consent: true };
  expect(await errorOf(member.mutation('myPolicy.acknowledge', input))).toBe('acknowledgement.notReadToEnd');
  const text = await member.mutation<{ html: string }>('myPolicy.read', { versionId, language: 'kk' });
  expect(text.html).toContain('«Мысал» АҚ');
  await member.mutation('myPolicy.reachedEnd', { versionId, language: 'kk' });
  expect(
    await errorOf(member.mutation('myPolicy.acknowledge', { ...input, typedName: 'Someone Else' })),
  ).toBe('acknowledgement.nameMismatch');
  expect(await errorOf(member.mutation('myPolicy.acknowledge', { ...input, consent: false }))).toBe(
    'invalidInput',
  );
  // The record is written in the statement that reads what the checks need; a failed check rolls it back.
  const memberId = tenant.personIds[0] ?? '';
  expect(await traceOf(memberId)).toEqual({ acks: 0, audits: 0, jobs: 0, status: 'pending' });

  const done = await member.mutation<MyPolicy>('myPolicy.acknowledge', {
    ...input,
    typedName: `  ${memberName.toUpperCase()} `,
  });
  expect(done.status).toBe('acknowledged');
  expect(await errorOf(member.mutation('myPolicy.acknowledge', input))).toBe(
    'acknowledgement.alreadyDecided',
  );
  expect(await traceOf(memberId)).toEqual({ acks: 1, audits: 1, jobs: 1, status: 'acknowledged' });

  let current = done;
  const deadline = Date.now() + 20_000;
  while (!current.receipt && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    current = await member.query<MyPolicy>('myPolicy.current');
  }
  expect(current.receipt).not.toBeNull();
  const response = await member.get(`/api/documents/${current.receipt?.documentId}/pdf`);
  expect(response.status).toBe(200);
  const file = path.join(scratch, 'receipt.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  expect(spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  const printed = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(printed).toContain(memberName);
  const stored = await database.ownerDb
    .selectFrom('acknowledgements')
    .selectAll()
    .where('decision', '=', 'acknowledged')
    .executeTakeFirstOrThrow();
  expect(printed).toContain(stored.version_sha256.slice(0, 16));
  expect(stored).toMatchObject({
    language: 'kk',
    position: 'Инженер',
    ip: expect.any(String),
    consent_text: expect.stringContaining('саясат'),
  });
});

test('without receipt workers an acknowledgement is refused whole, leaving the assignment pending', async () => {
  await secretary.mutation('myPolicy.read', { versionId, language: 'ru' });
  await secretary.mutation('myPolicy.reachedEnd', { versionId, language: 'ru' });
  const person = await database.ownerDb
    .selectFrom('people')
    .select(['id', 'full_name'])
    .where('id', '=', tenant.personIds[1] ?? '')
    .executeTakeFirstOrThrow();
  const withoutWorkers = await signedInTestClient(
    testDeps(database.appDb, { jobs: null }),
    tenant.users.board_secretary.email,
  );
  const attempt = (await withoutWorkers.caller()).myPolicy.acknowledge({
    versionId,
    language: 'ru',
    typedName: person.full_name,
    consent: true,
  });
  expect(await errorOf(attempt)).toBe('documents.workersUnavailable');
  expect(await traceOf(person.id)).toEqual({ acks: 0, audits: 0, jobs: 0, status: 'pending' });
});

test('a refusal is recorded with its reason, and HR sees the campaign’s progress by unit', async () => {
  await secretary.mutation('myPolicy.refuse', {
    versionId,
    language: 'ru',
    reason: 'Не согласен с пунктом 12',
  });
  expect((await secretary.query<MyPolicy>('myPolicy.current')).status).toBe('refused');
  const [campaign] = await hr.query<{ id: string }[]>('campaigns.list');
  const progress = await hr.query<{ totals: Record<string, number>; units: { assigned: number }[] }>(
    'campaigns.progress',
    {
      id: campaign?.id,
    },
  );
  expect(progress.totals).toMatchObject({ assigned: 3, acknowledged: 1, refused: 1, pending: 1 });
  expect(progress.units.reduce((sum, unit) => sum + unit.assigned, 0)).toBe(3);
});

test('HR downloads the signed acknowledgement sheet listing who acknowledged', async () => {
  const sheet = await hr.mutation<{ documentId: string; entries: number }>('campaigns.issueSheet', {
    versionId,
    language: 'ru',
  });
  expect(sheet.entries).toBe(1);
  const again = await hr.mutation<{ documentId: string }>('campaigns.issueSheet', {
    versionId,
    language: 'ru',
  });
  expect(again.documentId).toBe(sheet.documentId);
  const response = await hr.get(`/api/documents/${sheet.documentId}/pdf`);
  const file = path.join(scratch, 'sheet.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  expect(spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  const printed = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(printed).toContain(memberName);
});

test('HR opens each person’s evidence and exports the campaign as CSV and XLSX', async () => {
  const [campaign] = await hr.query<{ id: string }[]>('campaigns.list');
  const roster = await hr.query<Record<string, unknown>[]>('campaigns.roster', { id: campaign?.id });
  const acknowledged = roster.find((row) => row.fullName === memberName);
  expect(acknowledged).toMatchObject({
    status: 'acknowledged',
    language: 'kk',
    sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    ip: expect.any(String),
    userAgent: expect.any(String),
    receiptPublicId: expect.stringMatching(/^QRG-/),
  });
  const csv = await hr.get(`/api/campaigns/${campaign?.id}/export.csv`);
  expect(csv.headers.get('content-type')).toContain('text/csv');
  const raw = Buffer.from(await csv.arrayBuffer());
  expect(raw.subarray(0, 3).toString('hex')).toBe('efbbbf');
  const text = raw.toString('utf8');
  expect(text).toContain(memberName);
  const xlsx = await hr.get(`/api/campaigns/${campaign?.id}/export.xlsx`);
  const bytes = Buffer.from(await xlsx.arrayBuffer());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const outsider = new HttpClient(hr.baseUrl);
  expect((await outsider.get(`/api/campaigns/${campaign?.id}/export.csv`)).status).toBe(401);
});

test('20 simultaneous submissions make exactly one acknowledgement', async () => {
  await ethics.mutation('myPolicy.read', { versionId, language: 'en' });
  await ethics.mutation('myPolicy.reachedEnd', { versionId, language: 'en' });
  const person = await database.ownerDb
    .selectFrom('people')
    .select('full_name')
    .where('id', '=', tenant.personIds[2] ?? '')
    .executeTakeFirstOrThrow();
  const input = { versionId, language: 'en', typedName: person.full_name, consent: true };
  const outcomes = await Promise.all(
    Array.from({ length: 20 }, () =>
      ethics.mutation('myPolicy.acknowledge', input).then(
        () => 'ok',
        (error: { code?: string }) => error.code ?? 'error',
      ),
    ),
  );
  expect(outcomes.filter((outcome) => outcome === 'ok')).toHaveLength(1);
  expect(outcomes.filter((outcome) => outcome !== 'ok').every((outcome) => outcome === 'CONFLICT')).toBe(
    true,
  );
  const rows = await database.ownerDb
    .selectFrom('acknowledgements')
    .select('id')
    .where('person_id', '=', tenant.personIds[2] ?? '')
    .execute();
  expect(rows).toHaveLength(1);
  expect(await traceOf(tenant.personIds[2] ?? '')).toEqual({
    acks: 1,
    audits: 1,
    jobs: 1,
    status: 'acknowledged',
  });
});

test('publishing again, or without an adoption, is refused', async () => {
  expect(await errorOf(hr.mutation('policy.publish', { versionId, dueDate: '2027-01-31' }))).toBe(
    'policy.notAdopted',
  );
});

test('a new joiner is assigned the version in force with their own due date', async () => {
  const joiner = await hr.mutation<{ id: string }>('people.create', {
    fullName: 'Жаңа Қызметкер',
    language: 'kk',
    kind: 'employee',
  });
  const assignment = await database.ownerDb
    .selectFrom('ack_assignments')
    .select(['due_date', 'status'])
    .where('person_id', '=', joiner.id)
    .executeTakeFirstOrThrow();
  expect(assignment.status).toBe('pending');
  const fortnight = new Date(Date.now() + 13 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  expect(assignment.due_date > fortnight).toBe(true);
});

test('a new version supersedes the earlier acknowledgements and opens a new campaign', async () => {
  const second = await adoptPolicyVersion(hr, staff, tenant.tenantId);
  await hr.mutation('policy.publish', { versionId: second, dueDate: '2027-03-31' });
  const current = await member.query<MyPolicy>('myPolicy.current');
  expect(current).toMatchObject({ versionId: second, status: 'pending' });
  const earlier = await database.ownerDb
    .selectFrom('acknowledgements')
    .select(['superseded_at'])
    .where('version_id', '=', versionId)
    .execute();
  expect(earlier.length).toBeGreaterThan(0);
  expect(earlier.every((row) => row.superseded_at instanceof Date)).toBe(true);
});
