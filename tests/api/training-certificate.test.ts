import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningServer } from '@qorgau/api';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createProgramme, createTenant, type TenantFixture } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';
import { adoptPolicyVersion } from '../support/policy-flow.js';
import {
  answersFor,
  linkPerson,
  modelCourse,
  removePolicyFixture,
  removeTrainingFixture,
} from '../support/training-flow.js';

interface Overview {
  status: string;
  modules: { id: string }[];
  completion: { certificate: { documentId: string; publicId: string } | null } | null;
}
interface Attempt {
  attemptId: string;
  questions: { id: string; options: { id: string }[] }[];
}

let database: TestDatabase;
let tenant: TenantFixture;
let server: RunningServer;
let hr: HttpClient;
let member: HttpClient;
let versionId = '';
let assignmentId = '';
let memberName = '';
const course = modelCourse();
const scratch = mkdtempSync(path.join(tmpdir(), 'qorgau-training-'));

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

async function signedPdf(client: HttpClient, documentId: string, name: string) {
  const response = await client.get(`/api/documents/${documentId}/pdf`);
  expect(response.status).toBe(200);
  const file = path.join(scratch, name);
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
  expect(spawnSync('pdfsig', [file], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  await removePolicyFixture(database.ownerDb, tenant.tenantId);
  await removeTrainingFixture(database.ownerDb, tenant.tenantId);
  await linkPerson(database.ownerDb, tenant.personIds[0] ?? '', tenant.users.member.id);
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
  const staff = await client(programme.staff.email);
  versionId = await adoptPolicyVersion(hr, staff, tenant.tenantId);
  await hr.mutation('policy.publish', { versionId, dueDate: '2099-12-31' });
  const created = await hr.mutation<{ id: string }>('training.createAssignment', {
    title: 'Обучение',
    audience: {},
    dueDate: '2099-12-31',
  });
  assignmentId = created.id;
}, 90_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('with quiz-gated acknowledgement on, acknowledging is refused until the quiz is passed', async () => {
  await hr.mutation('training.saveSettings', { quizGatedAck: true });
  await member.mutation('myPolicy.read', { versionId, language: 'ru' });
  await member.mutation('myPolicy.reachedEnd', { versionId, language: 'ru' });
  const acknowledge = () =>
    member.mutation('myPolicy.acknowledge', {
      versionId,
      language: 'ru',
      typedName: memberName,
      consent: true,
    });
  expect(await errorOf(acknowledge())).toBe('acknowledgement.trainingQuizRequired');

  const overview = await member.query<Overview>('myTraining.overview');
  for (const module of overview.modules) {
    await member.mutation('myTraining.completeModule', { assignmentId, moduleId: module.id });
  }
  const attempt = await member.mutation<Attempt>('myTraining.startAttempt', { assignmentId, language: 'ru' });
  const outcome = await member.mutation<{ passed: boolean }>('myTraining.submitAttempt', {
    attemptId: attempt.attemptId,
    answers: answersFor(course, attempt.questions),
  });
  expect(outcome.passed).toBe(true);
  expect(await errorOf(acknowledge())).toBeNull();
});

test('passing issues a signed certificate that pdfsig validates and /verify finds', async () => {
  const overview = await eventually(
    () => member.query<Overview>('myTraining.overview'),
    (value) => Boolean(value.completion?.certificate),
  );
  const certificate = overview.completion?.certificate;
  if (!certificate) throw new Error('no certificate');
  const printed = await signedPdf(member, certificate.documentId, 'certificate.pdf');
  expect(printed).toContain(memberName);
  const verified = await member.query<{ found: boolean; document: { kind: string; concerns: string } }>(
    'verify.byId',
    { publicId: certificate.publicId },
  );
  expect(verified).toMatchObject({
    found: true,
    document: { kind: 'training-certificate', concerns: memberName },
  });
});

test('an imported attendance list credits attendees and certifies them', async () => {
  const session = await hr.mutation<{ id: string }>('trainingSessions.create', {
    heldOn: '2026-11-20',
    format: 'in_person',
    trainer: 'Айгерім Сейтқали',
    place: 'Алматы',
    language: 'kk',
  });
  const imported = await hr.mutation<{ recorded: number; unmatched: { line: number }[] }>(
    'trainingSessions.importAttendance',
    { sessionId: session.id, list: 'N1; Person 1\nnobody@example.kz\n' },
  );
  expect(imported).toMatchObject({ recorded: 1, unmatched: [{ line: 2 }] });
  const again = await hr.mutation<{ recorded: number }>('trainingSessions.recordAttendance', {
    sessionId: session.id,
    personIds: [tenant.personIds[1]],
  });
  expect(again.recorded).toBe(0);
  type Detail = { attendance: { credited: boolean; certificate: { documentId: string } | null }[] };
  const detail = await eventually(
    () => hr.query<Detail>('trainingSessions.get', { id: session.id }),
    (value) => Boolean(value.attendance[0]?.certificate),
  );
  expect(detail.attendance).toHaveLength(1);
  expect(detail.attendance[0]?.credited).toBe(true);
  await signedPdf(hr, detail.attendance[0]?.certificate?.documentId ?? '', 'attendance.pdf');
});

test('HR exports the tracking as CSV and XLSX', async () => {
  const csv = await hr.get(`/api/training/export.csv?assignmentId=${assignmentId}`);
  expect(csv.status).toBe(200);
  const text = await csv.text();
  expect(text).toContain('full_name');
  expect(text).toContain(memberName);
  expect(text.split('\r\n').filter(Boolean)).toHaveLength(4);
  const xlsx = await hr.get('/api/training/export.xlsx');
  expect(xlsx.status).toBe(200);
  expect(
    Buffer.from(await xlsx.arrayBuffer())
      .subarray(0, 2)
      .toString(),
  ).toBe('PK');
  expect((await member.get('/api/training/export.csv')).status).toBe(403);
});
