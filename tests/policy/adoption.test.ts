import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '@qorgau/api';
import { sql } from 'kysely';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { FILLED_VALUES, removeFixtureVersion } from '../support/policy-values.js';

interface Adoption {
  votes: { for: number; against: number; abstain: number };
  quorumRequired: number;
  versionSha256: string;
  extract: { status: 'pending' | 'issued' | 'failed'; documentId?: string; publicId?: string };
}

let database: TestDatabase;
let tenant: TenantFixture;
let server: RunningServer;
let hr: HttpClient;
let versionId = '';
const scratch = mkdtempSync(path.join(tmpdir(), 'qorgau-adoption-'));

const member = (fullName: string, attended: boolean, vote: 'for' | 'against' | 'abstain' | null) => ({
  fullName,
  attended,
  vote,
});
const meeting = {
  body: 'board_of_directors',
  meetingForm: 'in_person',
  meetingDate: '2026-11-20',
  place: 'Алматы қ., Абай даңғылы, 1',
  minutesNumber: '14',
  chairName: 'Әлия Нұрланқызы',
  secretaryName: 'Борис Ким',
  effectiveDate: '2026-12-01',
  responsibleOfficer: 'Айгүл Серікқызы',
  familiarisationDeadline: '2026-12-31',
  extractLanguage: 'kk',
};

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return { message: (error as Error).message, status: (error as { status?: number }).status };
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removeFixtureVersion(database.ownerDb, tenant.tenantId);
  const programme = await createProgramme(database.ownerDb);
  server = await startApiServer(database.appUrl);
  hr = await signedInClient(server, tenant.users.hr_officer.email);
  const staff = await signedInClient(server, programme.staff.email);

  const draft = await hr.mutation<{ id: string; customization: object }>('policy.startDraft', undefined);
  versionId = draft.id;
  const saved = await hr.mutation<{ revision: number }>('policy.saveDraft', {
    id: draft.id,
    revision: 1,
    customization: { ...draft.customization, values: FILLED_VALUES },
    authoritativeLanguage: 'ru',
  });
  await hr.mutation('policy.submit', { id: draft.id, revision: saved.revision });
  await staff.mutation('review.decide', {
    organizationId: tenant.tenantId,
    versionId: draft.id,
    decision: 'approve',
  });
}, 60_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('quorum, majority and attendance are checked before anything is recorded', async () => {
  const noQuorum = [
    member('А', true, 'for'),
    member('Б', true, 'for'),
    member('В', false, null),
    member('Г', false, null),
  ];
  expect(await errorOf(hr.mutation('adoption.record', { ...meeting, versionId, members: noQuorum }))).toEqual(
    {
      message: 'adoption.noQuorum',
      status: 400,
    },
  );
  const noMajority = [member('А', true, 'for'), member('Б', true, 'against'), member('В', true, 'abstain')];
  expect(
    (await errorOf(hr.mutation('adoption.record', { ...meeting, versionId, members: noMajority })))?.message,
  ).toBe('adoption.noMajority');
  const absentVoter = [member('А', true, 'for'), member('Б', true, 'for'), member('В', false, 'for')];
  expect(
    (await errorOf(hr.mutation('adoption.record', { ...meeting, versionId, members: absentVoter })))?.message,
  ).toBe('adoption.voteWithoutAttendance');
  const version = await hr.query<{ status: string }>('policy.get', { id: versionId });
  expect(version.status).toBe('approved');
});

test('a valid adoption moves the version to adopted and issues a signed extract in the background', async () => {
  const members = [
    member('Әлия Нұрланқызы', true, 'for'),
    member('Борис Ким', true, 'for'),
    member('Ғалым Төлеуов', true, 'for'),
    member('Сәуле Оспанова', true, 'abstain'),
    member('Иван Петров', false, null),
  ];
  const recorded = await hr.mutation<Adoption>('adoption.record', {
    ...meeting,
    versionId,
    members,
    dissentingOpinions: 'Сәуле Оспанова: оқыту мерзімін қысқарту керек.',
  });
  expect(recorded).toMatchObject({ quorumRequired: 3, votes: { for: 3, against: 0, abstain: 1 } });
  expect((await hr.query<{ status: string }>('policy.get', { id: versionId })).status).toBe('adopted');

  let adoption = recorded;
  const deadline = Date.now() + 30_000;
  while (adoption.extract.status === 'pending' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    adoption = await hr.query<Adoption>('adoption.get', { versionId });
  }
  expect(adoption.extract.status).toBe('issued');
  const response = await hr.get(`/api/documents/${adoption.extract.documentId}/pdf`);
  const file = path.join(scratch, 'extract.pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  expect(spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  const text = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  expect(text).toContain('Директорлар кеңесі');
  expect(text).toContain(adoption.versionSha256.slice(0, 16));

  expect((await errorOf(hr.mutation('adoption.record', { ...meeting, versionId, members })))?.message).toBe(
    'adoption.versionNotApproved',
  );
});

test('the adopted version and its adoption record cannot be altered as the application role', async () => {
  const attempt = database.appDb.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${tenant.tenantId}, true)`.execute(tx);
    await sql`update policy_versions set status = 'approved' where id = ${versionId}`.execute(tx);
  });
  await expect(attempt).rejects.toThrow(/frozen/);
  const edit = database.appDb.transaction().execute(async (tx) => {
    await sql`select set_config('app.tenant_id', ${tenant.tenantId}, true)`.execute(tx);
    await sql`update policy_adoptions set votes_for = 99`.execute(tx);
  });
  await expect(edit).rejects.toThrow(/permission denied/);
});
