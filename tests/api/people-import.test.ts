import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunningServer } from '@qorgau/api';
import { signedInClient, startApiServer } from '../support/api-server.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';
import type { HttpClient } from '../support/http-client.js';

interface Preview {
  runId: string;
  omittedHeaders: string[];
  totalRows: number;
  rejected: { line: number; field: string; reason: string }[];
  plan: { add: number; update: number; unchanged: number; wouldDeactivate: { id: string }[] };
}

let database: TestDatabase;
let tenant: TenantFixture;
let server: RunningServer;
let hr: HttpClient;

const HEADER = 'Табельный номер;Сотрудник;Подразделение;Должность;Дата приема;Электронная почта';
function csv(rows: string[]): Buffer {
  return Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');
}
function goodRows(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + offset;
    return `${String(n).padStart(6, '0')};Сәрсенбаев Ерлан ${n};Бөлім ${n % 7};Маман;01.03.2020;person${n}@import.kz`;
  });
}

async function upload(bytes: Buffer, fileName: string) {
  const response = await fetch(`${hr.baseUrl}/api/people/import?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web', cookie: hr.cookie },
    body: new Uint8Array(bytes),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Preview;
}

async function peopleCount() {
  const row = await database.ownerDb
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('tenant_id', '=', tenant.tenantId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

beforeAll(async () => {
  database = await createTestDatabase();
  tenant = await createTenant(database.ownerDb);
  server = await startApiServer(database.appUrl, { JOB_WORKERS: 'false' });
  hr = await signedInClient(server, tenant.users.hr_officer.email);
}, 60_000);
afterAll(async () => {
  await server.close();
  await database.drop();
});

test('the 1C:ZUP XLSX sample: exactly its five bad rows are reported, and applying is refused', async () => {
  const before = await peopleCount();
  const preview = await upload(
    readFileSync(path.resolve('../shared/fixtures/people-1c-sample.xlsx')),
    'people-1c-sample.xlsx',
  );
  expect([...new Set(preview.rejected.map((rejection) => rejection.line))]).toEqual([14, 54, 94, 134, 174]);
  // The ИИН column is named as left out; no identity number itself is answered or stored.
  expect(preview).toMatchObject({ omittedHeaders: ['ИИН'] });
  expect(JSON.stringify(preview)).not.toMatch(/\b\d{12}\b/);
  const stored = await database.ownerDb
    .selectFrom('import_runs')
    .select(['valid_rows', 'rejected'])
    .executeTakeFirstOrThrow();
  expect(JSON.stringify(stored)).not.toMatch(/\b\d{12}\b/);
  await expect(hr.mutation('people.importApply', { runId: preview.runId })).rejects.toThrow(
    'import.hasRejectedRows',
  );
  expect(await peopleCount()).toBe(before);
});

test('1,000 good rows and 5 bad ones: exactly the 5 are reported and nothing changes', async () => {
  const before = await peopleCount();
  const rows = goodRows(1000);
  rows.splice(100, 0, '777777;;Бөлім 1;Маман;01.03.2020;empty-name@import.kz');
  rows.splice(200, 0, '888888;Қате Пошта;Бөлім 1;Маман;01.03.2020;not-an-email');
  rows.splice(300, 0, '000001;Қайталанған Нөмір;Бөлім 1;Маман;01.03.2020;dup-number@import.kz');
  rows.splice(400, 0, '999999;Болашақ Күн;Бөлім 1;Маман;01.03.2031;future@import.kz');
  rows.splice(500, 0, '999998;Қайталанған Пошта;Бөлім 1;Маман;01.03.2020;person3@import.kz');
  const preview = await upload(csv(rows), 'people.csv');
  expect(preview.totalRows).toBe(1005);
  expect(new Set(preview.rejected.map((rejection) => rejection.line)).size).toBe(5);
  await expect(hr.mutation('people.importApply', { runId: preview.runId })).rejects.toThrow(
    'import.hasRejectedRows',
  );
  expect(await peopleCount()).toBe(before);
});

test('a clean file imports; the same file again changes nothing; deactivation is previewed and optional', async () => {
  const before = await peopleCount();
  const first = await upload(csv(goodRows(1000)), 'people.csv');
  expect(first.rejected).toEqual([]);
  expect(first.plan).toMatchObject({ add: 1000, update: 0 });
  // The three people already in the directory are not in the file: listed, not yet touched.
  expect(first.plan.wouldDeactivate).toHaveLength(before);
  const applied = await hr.mutation<Record<string, number>>('people.importApply', { runId: first.runId });
  expect(applied).toMatchObject({ added: 1000, updated: 0, deactivated: 0 });
  expect(await peopleCount()).toBe(before + 1000);

  const second = await upload(csv(goodRows(1000)), 'people.csv');
  expect(second.plan).toMatchObject({ add: 0, update: 0, unchanged: 1000 });
  const again = await hr.mutation<Record<string, number>>('people.importApply', {
    runId: second.runId,
    deactivateMissing: true,
  });
  expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 1000, deactivated: before });
  await expect(hr.mutation('people.importApply', { runId: second.runId })).rejects.toThrow(
    'import.alreadyApplied',
  );
});

async function uploadWith(bytes: Buffer, mapping: unknown) {
  const query = new URLSearchParams({ fileName: 'mapped.csv', mapping: JSON.stringify(mapping) });
  return fetch(`${hr.baseUrl}/api/people/import?${query.toString()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web', cookie: hr.cookie },
    body: new Uint8Array(bytes),
  });
}

test('HR corrects the recognised columns and the preview runs again with their choice', async () => {
  const file = Buffer.from(
    ['ФИО;Почта;Отдел;Примечание', 'Мапинг Әсел;mapped@import.kz;Бөлім 1;Бас маман'].join('\r\n'),
    'utf8',
  );
  const auto = (await upload(file, 'mapped.csv')) as Preview & {
    mapping: Record<string, number>;
    suggestedMapping: Record<string, number>;
  };
  expect(auto.mapping).toEqual({ fullName: 0, email: 1, unit: 2 });
  expect(auto.suggestedMapping).toEqual(auto.mapping);

  const refusals: [unknown, string][] = [
    [{ fullName: 0, email: 0 }, 'import.mappingTwice'],
    [{ email: 1 }, 'import.mappingNoName'],
    [{ fullName: 0, unit: 2 }, 'import.mappingNoKey'],
    [{ fullName: 0, email: 1, unit: 9 }, 'import.mappingInvalid'],
    [{ fullName: 0, email: 1, iin: 3 }, 'import.mappingInvalid'],
  ];
  for (const [mapping, error] of refusals) {
    const response = await uploadWith(file, mapping);
    expect({ mapping, status: response.status, body: await response.json() }).toMatchObject({
      status: 400,
      body: { error },
    });
  }
  const broken = await fetch(`${hr.baseUrl}/api/people/import?fileName=x.csv&mapping=%7Bnot-json`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', 'x-qorgau-client': 'web', cookie: hr.cookie },
    body: new Uint8Array(file),
  });
  expect(broken.status).toBe(400);

  const chosen = await uploadWith(file, { fullName: 0, email: 1, unit: 2, position: 3 });
  expect(chosen.status).toBe(200);
  const preview = (await chosen.json()) as Preview & { mapping: Record<string, number> };
  expect(preview.mapping).toEqual({ fullName: 0, email: 1, unit: 2, position: 3 });
  expect(preview.plan.add).toBe(1);
  await hr.mutation('people.importApply', { runId: preview.runId });
  const person = await database.ownerDb
    .selectFrom('people')
    .select('position')
    .where('email', '=', 'mapped@import.kz')
    .executeTakeFirstOrThrow();
  expect(person.position).toBe('Бас маман');
});

test('a large import reports rows written while it runs, then the outcome', async () => {
  const rows = goodRows(10_000, 200_000);
  const preview = await upload(csv(rows), 'large.csv');
  expect(preview.plan.add).toBe(10_000);
  const seen: { status: string; done: number; total: number }[] = [];
  let finished = false;
  const applying = hr.mutation('people.importApply', { runId: preview.runId }).finally(() => {
    finished = true;
  });
  while (!finished) {
    seen.push(await hr.query('people.importProgress', { runId: preview.runId }));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await applying;
  const during = seen.filter((progress) => progress.status === 'applying');
  expect(during.length).toBeGreaterThan(0);
  expect(during.every((progress) => progress.total === 10_000 && progress.done <= 10_000)).toBe(true);
  expect(await hr.query('people.importProgress', { runId: preview.runId })).toMatchObject({
    status: 'applied',
    done: 10_000,
    total: 10_000,
    summary: { added: 10_000 },
  });
});
