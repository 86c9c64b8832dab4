// Project staff's monitoring dashboard (HTTP + tRPC monitoring.dashboard, a page of 50 partners,
// and monitoring.indicators) at 15 × 200, 100 × 1,000 and 1,000 × 1,000 people, each size in a
// fresh database filled by generate-programme.ts. Goal: p95 under 100 ms at a million people and
// no more than 1.5 × the p95 at the smallest size.
import { performance } from 'node:perf_hooks';
import { createLogger, loadConfig, prepareDatabase, startHttpServer } from '@qorgau/api';
import pg from 'pg';
import { BENCH_PASSWORD, BENCH_STAFF_EMAIL, generateProgramme } from './generate-programme.js';

const SIZES = (process.env.BENCH_MONITORING_SIZES ?? '15x200,100x1000,1000x1000')
  .split(',')
  .map((size) => size.split('x').map(Number) as [number, number]);
const REQUESTS = Number(process.env.BENCH_MONITORING_REQUESTS ?? 300);
const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const logger = createLogger('silent');

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: withDatabase(SERVER, 'postgres') });
  await client.connect();
  await client.query(statement);
  await client.end();
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

async function call(url: string, cookie: string) {
  const response = await fetch(url, { headers: { cookie } });
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

interface Prepared {
  size: string;
  dashboardUrl: string;
  indicatorsUrl: string;
  cookie: string;
  samples: { dashboard: number[]; indicators: number[] };
  close: () => Promise<void>;
}

async function prepareSize(tenants: number, people: number): Promise<Prepared> {
  const name = `qorgau_bench_monitoring_${tenants}x${people}`;
  await admin(`drop database if exists "${name}" with (force)`);
  const url = withDatabase(SERVER, name);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_MODE: 'false',
    JOB_WORKERS: 'false',
  });
  const runtime = await prepareDatabase(config, logger);
  const started = performance.now();
  const generated = await generateProgramme(url, tenants, people);
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(
    `${tenants} × ${people}: generated ${generated.people.toLocaleString('en')} people in ${seconds.toFixed(1)} s\n`,
  );
  const server = await startHttpServer(config, logger, runtime.appUrl);
  const base = server.url.replace('localhost', '127.0.0.1');
  const signIn = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web' },
    body: JSON.stringify({ email: BENCH_STAFF_EMAIL, password: BENCH_PASSWORD }),
  });
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const input = encodeURIComponent(JSON.stringify({ sort: 'daysInStage', direction: 'desc' }));
  return {
    size: `${tenants} × ${people}`,
    dashboardUrl: `${base}/trpc/monitoring.dashboard?input=${input}`,
    indicatorsUrl: `${base}/trpc/monitoring.indicators`,
    cookie,
    samples: { dashboard: [], indicators: [] },
    close: async () => {
      await server.close();
      await runtime.stop();
      if (!process.env.BENCH_KEEP_DATABASES) await admin(`drop database if exists "${name}" with (force)`);
    },
  };
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  await call(url, cookie);
  return performance.now() - started;
}

// Sizes are measured in interleaved rounds, so load from anything else on the machine falls on all
// of them alike instead of on whichever size happened to run at that moment.
const ROUNDS = 10;
const prepared: Prepared[] = [];
for (const [tenants, people] of SIZES) prepared.push(await prepareSize(tenants, people));
for (const size of prepared) {
  for (let warm = 0; warm < 30; warm += 1) {
    await call(size.dashboardUrl, size.cookie);
    await call(size.indicatorsUrl, size.cookie);
  }
}
for (let round = 0; round < ROUNDS; round += 1) {
  for (const size of prepared) {
    for (let index = 0; index < REQUESTS / ROUNDS; index += 1) {
      size.samples.dashboard.push(await timed(size.dashboardUrl, size.cookie));
      size.samples.indicators.push(await timed(size.indicatorsUrl, size.cookie));
    }
  }
}
const results = prepared.map((size) => {
  const stats = (samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  };
  return {
    size: size.size,
    dashboard: stats(size.samples.dashboard),
    indicators: stats(size.samples.indicators),
  };
});
for (const size of prepared) await size.close();
const smallest = results[0];
for (const result of results) {
  const ratio = smallest ? result.dashboard.p95 / smallest.dashboard.p95 : 1;
  process.stdout.write(
    `${result.size.padEnd(14)} dashboard p50 ${result.dashboard.p50.toFixed(1)} ms  p95 ${result.dashboard.p95.toFixed(1)} ms  ` +
      `(${ratio.toFixed(2)} × smallest)   indicators p50 ${result.indicators.p50.toFixed(1)} ms  p95 ${result.indicators.p95.toFixed(1)} ms\n`,
  );
}
const largest = results.at(-1);
if (largest && smallest) {
  const ok = largest.dashboard.p95 < 100 && largest.dashboard.p95 <= 1.5 * smallest.dashboard.p95;
  process.stdout.write(
    `goal (p95 < 100 ms at the largest size and ≤ 1.5 × the smallest): ${ok ? 'met' : 'NOT met'}\n`,
  );
}
