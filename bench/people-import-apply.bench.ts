// Import of 100,000 people end to end (upload + preview over HTTP, then the all-or-nothing apply
// through tRPC), against COPY of the same rows into the same table, in one run.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createLogger, prepareDatabase, seedIfDemo, startHttpServer } from '@qorgau/api';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { benchConfig, loopbackUrl, signInDemoHrOfficer } from './support/bench-server.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const config = benchConfig({
  DEMO_MODE: 'true',
  JOB_WORKERS: 'false',
});
const logger = createLogger('silent');

function rows(prefix: string) {
  return Array.from({ length: ROWS }, (_, index) => ({
    number: `${prefix}${String(index).padStart(7, '0')}`,
    name: `Сәрсенбаев Ерлан ${index}`,
    unit: `Бөлім ${index % 40}`,
    email: `${prefix.toLowerCase()}${index}@import.kz`,
  }));
}

const runtime = await prepareDatabase(config, logger);
await seedIfDemo(runtime, config);
const server = await startHttpServer(config, logger, runtime.appUrl);
const url = loopbackUrl(server.url);
const { cookie, tenantId } = await signInDemoHrOfficer(url);

// The run gets fresh numbers so it adds rows instead of matching earlier runs.
const runPrefix = `B${randomUUID().slice(0, 4).toUpperCase()}`;
const header = 'Табельный номер;Сотрудник;Подразделение;Должность;Дата приема;Электронная почта';
const csv = [
  header,
  ...rows(runPrefix).map((row) => `${row.number};${row.name};${row.unit};Маман;01.03.2020;${row.email}`),
].join('\r\n');

const started = performance.now();
const preview = await fetch(`${url}/api/people/import?fileName=bench.csv`, {
  method: 'POST',
  headers: { 'content-type': 'text/csv', 'x-qorgau-client': 'web', cookie },
  body: csv,
});
const plan = (await preview.json()) as { runId: string; rejected: unknown[]; plan: { add: number } };
const previewed = performance.now();
const apply = await fetch(`${url}/trpc/people.importApply`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie },
  body: JSON.stringify({ runId: plan.runId, deactivateMissing: false }),
});
if (apply.status !== 200) throw new Error(`apply failed: ${await apply.text()}`);
const applied = performance.now();
const importSeconds = (applied - started) / 1000;
process.stdout.write(
  `import ${ROWS} rows: preview ${((previewed - started) / 1000).toFixed(1)} s + apply ${((applied - previewed) / 1000).toFixed(1)} s = ${importSeconds.toFixed(1)} s (added ${plan.plan.add}, rejected ${plan.rejected.length})\n`,
);

// COPY baseline: the same rows straight into people, as the owner (no validation, no plan).
const copyPrefix = `C${randomUUID().slice(0, 4).toUpperCase()}`;
const client = new pg.Client({ connectionString: runtime.adminUrl });
await client.connect();
const copyStarted = performance.now();
const lines = rows(copyPrefix).map(
  (row) => `${tenantId}\t${row.name}\t${row.email}\tМаман\t${row.number}\tru\n`,
);
await pipeline(
  Readable.from(lines),
  client.query(copyFrom('copy people (tenant_id, full_name, email, position, number, language) from stdin')),
);
const copySeconds = (performance.now() - copyStarted) / 1000;
await client.end();
process.stdout.write(`COPY of the same ${ROWS} rows: ${copySeconds.toFixed(1)} s\n`);
process.stdout.write(
  `ratio COPY time / import time: ${(copySeconds / importSeconds).toFixed(2)} (goal ≥ 0.3; import goal < 15 s)\n`,
);
await server.close();
await runtime.stop();
