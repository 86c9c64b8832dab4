// Authenticated tenant reads per second through HTTP + tRPC (people.list, page of 50) against the
// same SQL run directly with pg in the same process, on the same seeded database.
import { performance } from 'node:perf_hooks';
import { createLogger, prepareDatabase, seedIfDemo, startHttpServer } from '@qorgau/api';
import { createDb, peopleRepository, withTenant } from '@qorgau/db';
import { benchConfig, loopbackUrl, signInDemoHrOfficer } from './support/bench-server.js';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const CONCURRENCY = 8;
const config = benchConfig({
  DEMO_MODE: 'true',
});
const logger = createLogger('silent');

async function measure(label: string, operation: () => Promise<void>) {
  for (let warm = 0; warm < 50; warm += 1) await operation();
  let done = 0;
  const started = performance.now();
  const deadline = started + DURATION_MS;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        await operation();
        done += 1;
      }
    }),
  );
  const perSecond = done / ((performance.now() - started) / 1000);
  process.stdout.write(`${label.padEnd(44)} ${perSecond.toFixed(0).padStart(7)} reads/s\n`);
  return perSecond;
}

const runtime = await prepareDatabase(config, logger);
await seedIfDemo(runtime, config);
const server = await startHttpServer(config, logger, runtime.appUrl);
const url = loopbackUrl(server.url);
const { cookie, tenantId, userId } = await signInDemoHrOfficer(url);
const input = encodeURIComponent(
  JSON.stringify({ page: 1, pageSize: 50, sortBy: 'fullName', sortDirection: 'asc' }),
);

const viaHttp = await measure('HTTP + tRPC people.list (page of 50)', async () => {
  const response = await fetch(`${url}/trpc/people.list?input=${input}`, { headers: { cookie } });
  const body = (await response.json()) as { result?: { data: { items: unknown[] } } };
  if (body.result?.data.items.length !== 50) throw new Error('unexpected page');
});

const direct = createDb({ connectionString: runtime.appUrl, max: 10 });
const query = { page: 1, pageSize: 50, sortBy: 'fullName', sortDirection: 'asc' } as const;
const viaPg = await measure('direct pg, same tenant transaction + query', async () => {
  const { items } = await withTenant(direct, { tenantId, userId }, (tx) =>
    peopleRepository.listPeople(tx, query),
  );
  if (items.length !== 50) throw new Error('unexpected page');
});

process.stdout.write(`ratio HTTP+tRPC / direct pg: ${(viaHttp / viaPg).toFixed(2)}\n`);
await direct.destroy();
await server.close();
await runtime.stop();
