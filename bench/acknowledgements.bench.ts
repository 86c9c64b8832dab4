// Acknowledgements per second through HTTP + tRPC (64 concurrent clients, each request a full
// transaction with row-level security, the acknowledgement, the assignment and an audit row),
// against the same inserts by a plain pg loop at the same concurrency on the same pool size.
// Receipt PDFs are only queued here (JOB_WORKERS=false); workers render them in the background.
// With 64 clients always waiting, latency is queueing (64 / throughput), so the p99 goal is also
// checked at a steady arrival rate of half the measured throughput, as when a campaign goes out.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createLogger, loadConfig, prepareDatabase, startHttpServer } from '@qorgau/api';
import { ACKNOWLEDGEMENT_CONSENT } from '@qorgau/core';
import { createDb, type Db } from '@qorgau/db';
import { sql } from 'kysely';

const PER_MODE = Number(process.env.BENCH_ACKS ?? 1500);
const PACED = Math.max(50, Math.round(PER_MODE / 5));
const CONCURRENCY = 64;
const POOL = 10;
const ROUNDS = 5;
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  DEMO_MODE: 'false',
  JOB_WORKERS: 'false',
  DB_POOL_SIZE: String(POOL),
});
const logger = createLogger('silent');

interface Fixture {
  tenantId: string;
  versionId: string;
  campaignId: string;
  people: { personId: string; userId: string; name: string; token: string }[];
}

/** A tenant with 2 × PER_MODE + PACED people who have read the published version to the end. */
async function buildFixture(owner: Db): Promise<Fixture> {
  const tenantId = randomUUID();
  const bin = `9${String(Date.now()).slice(-10)}`.padEnd(11, '0');
  await owner
    .insertInto('organizations')
    .values({
      tenant_id: tenantId,
      kind: 'company',
      name_kk: 'Бенч',
      name_ru: 'Бенч',
      name_en: 'Bench',
      bin: `${bin}0`,
      default_language: 'ru',
    })
    .execute();
  const hash = createHash('sha256').update(tenantId).digest('hex');
  const version = await owner
    .insertInto('policy_versions')
    .values({
      tenant_id: tenantId,
      number: 1,
      model_version: 'bench',
      customization: '{}',
      status: 'published',
      hashes: JSON.stringify({ kk: hash, ru: hash, en: hash }),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const campaign = await owner
    .insertInto('ack_campaigns')
    .values({ tenant_id: tenantId, version_id: version.id, audience: '{}', due_date: '2030-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const people: Fixture['people'] = [];
  for (let index = 0; index < PER_MODE * 2 + PACED; index += 1) {
    people.push({
      personId: randomUUID(),
      userId: randomUUID(),
      name: `Қызметкер ${index}`,
      token: randomBytes(32).toString('base64url'),
    });
  }
  for (let start = 0; start < people.length; start += 500) {
    const chunk = people.slice(start, start + 500);
    await owner
      .insertInto('users')
      .values(
        chunk.map((p) => ({
          id: p.userId,
          email: `${p.userId}@bench.kz`,
          full_name: p.name,
          password_hash: null,
        })),
      )
      .execute();
    await owner
      .insertInto('people')
      .values(
        chunk.map((p) => ({
          tenant_id: tenantId,
          id: p.personId,
          full_name: p.name,
          email: `${p.userId}@bench.kz`,
          language: 'kk' as const,
          user_id: p.userId,
        })),
      )
      .execute();
    await owner
      .insertInto('memberships')
      .values(
        chunk.map((p) => ({
          tenant_id: tenantId,
          user_id: p.userId,
          role: 'member' as const,
          person_id: p.personId,
        })),
      )
      .execute();
    await owner
      .insertInto('ack_assignments')
      .values(
        chunk.map((p) => ({
          tenant_id: tenantId,
          campaign_id: campaign.id,
          person_id: p.personId,
          due_date: '2030-01-01',
        })),
      )
      .execute();
    await owner
      .insertInto('policy_reads')
      .values(
        chunk.map((p) => ({
          tenant_id: tenantId,
          version_id: version.id,
          person_id: p.personId,
          language: 'kk' as const,
          reached_end_at: new Date(),
        })),
      )
      .execute();
    await owner
      .insertInto('sessions')
      .values(
        chunk.map((p) => ({
          token_hash: createHash('sha256').update(p.token).digest(),
          user_id: p.userId,
          active_tenant_id: tenantId,
          expires_at: new Date(Date.now() + 86_400_000),
        })),
      )
      .execute();
  }
  return { tenantId, versionId: version.id, campaignId: campaign.id, people };
}

type Person = Fixture['people'][number];
interface Mode {
  label: string;
  items: Person[];
  operation: (item: Person) => Promise<void>;
}

/** Keeps CONCURRENCY operations in flight over `items`; returns each one's latency in ms. */
async function drive(items: Person[], operation: Mode['operation']): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const item = items[next];
        next += 1;
        if (!item) return;
        const begin = performance.now();
        await operation(item);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return latencies;
}

/**
 * The modes take turns in rounds, so load from other processes on a shared machine (and the
 * JIT warming up) falls on both alike and the ratio stays meaningful when absolute rates drift.
 */
async function interleaved(modes: Mode[], rounds: number) {
  const totals = modes.map(() => ({ seconds: 0, cpuMs: 0, latencies: [] as number[] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, mode] of modes.entries()) {
      const size = Math.ceil(mode.items.length / rounds);
      const slice = mode.items.slice(round * size, (round + 1) * size);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const latencies = await drive(slice, mode.operation);
      const total = totals[index];
      if (!total) continue;
      total.seconds += (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      total.cpuMs += (used.user + used.system) / 1000;
      total.latencies.push(...latencies);
    }
  }
  return modes.map((mode, index) => {
    const { seconds, cpuMs, latencies } = totals[index] ?? { seconds: 1, cpuMs: 0, latencies: [] };
    latencies.sort((a, b) => a - b);
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? 0;
    const perSecond = latencies.length / seconds;
    process.stdout.write(
      `${mode.label.padEnd(40)} ${perSecond.toFixed(0).padStart(6)} acks/s   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms   ${(cpuMs / latencies.length).toFixed(2)} ms Node CPU/ack\n`,
    );
    return { perSecond, p99 };
  });
}

const runtime = await prepareDatabase(config, logger);
const owner = runtime.ownerDb();
const fixture = await buildFixture(owner);
const server = await startHttpServer(config, logger, runtime.appUrl);
const url = server.url.replace('localhost', '127.0.0.1');

// A keep-alive node:http client: fetch's web streams cost about 1 ms of this process's CPU per
// request, which would be charged to the server under test (both run in this one process).
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
function post(path: string, cookie: string, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}${path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-qorgau-client': 'web',
          cookie,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const viaHttp: Mode = {
  label: 'HTTP + tRPC myPolicy.acknowledge',
  items: fixture.people.slice(0, PER_MODE),
  operation: async (person) => {
    const body = JSON.stringify({
      versionId: fixture.versionId,
      language: 'kk',
      typedName: person.name,
      consent: true,
    });
    const response = await post('/trpc/myPolicy.acknowledge', `qorgau_session=${person.token}`, body);
    if (response.status !== 200) throw new Error(`acknowledge failed: ${response.status} ${response.text}`);
  },
};

const app = createDb({ connectionString: runtime.appUrl, max: POOL });
const hash = createHash('sha256').update(fixture.tenantId).digest('hex');
const ceiling: Mode = {
  label: 'plain pg: same rows, same RLS transaction',
  items: fixture.people.slice(PER_MODE, PER_MODE * 2),
  operation: async (person) => {
    await app.transaction().execute(async (tx) => {
      await sql`select set_config('app.tenant_id', ${fixture.tenantId}, true), set_config('app.user_id', ${person.userId}, true)`.execute(
        tx,
      );
      const ack = await tx
        .insertInto('acknowledgements')
        .values({
          tenant_id: fixture.tenantId,
          person_id: person.personId,
          version_id: fixture.versionId,
          campaign_id: fixture.campaignId,
          decision: 'acknowledged',
          language: 'kk',
          version_sha256: hash,
          typed_name: person.name,
          consent_text: ACKNOWLEDGEMENT_CONSENT.kk,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .updateTable('ack_assignments')
        .set({ status: 'acknowledged', completed_at: new Date() })
        .where('campaign_id', '=', fixture.campaignId)
        .where('person_id', '=', person.personId)
        .execute();
      await tx
        .insertInto('audit_log')
        .values({
          tenant_id: fixture.tenantId,
          actor_user_id: person.userId,
          action: 'acknowledgement.acknowledged',
          target_type: 'acknowledgement',
          target_id: ack.id,
          ip: '127.0.0.1',
          user_agent: null,
          request_id: null,
          details: '{}',
        })
        .execute();
    });
  },
};

const [http, plain] = await interleaved([viaHttp, ceiling], ROUNDS);
if (!http || !plain) throw new Error('missing measurement');
process.stdout.write(
  `ratio HTTP+tRPC / plain pg: ${(http.perSecond / plain.perSecond).toFixed(2)}  (goal ≥ 0.6; p99 goal < 50 ms)\n`,
);

/** Requests sent at a fixed rate whatever the responses do; latency is from the scheduled send. */
async function paced(items: Person[], perSecond: number, operation: Mode['operation']) {
  const started = performance.now();
  const latencies = await Promise.all(
    items.map(async (item, index) => {
      const due = started + (index * 1000) / perSecond;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      await operation(item);
      return performance.now() - due;
    }),
  );
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? 0;
  process.stdout.write(
    `HTTP + tRPC at a steady ${perSecond.toFixed(0)} acks/s (${items.length} acks)   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms (goal < 50 ms)\n`,
  );
}
await paced(fixture.people.slice(PER_MODE * 2), Math.max(1, http.perSecond / 2), viaHttp.operation);

agent.destroy();
await app.destroy();
await owner.destroy();
await server.close();
await runtime.stop();
