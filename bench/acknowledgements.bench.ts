// Acknowledgements per second through HTTP + tRPC (64 concurrent clients, each request a full
// transaction with row-level security, the acknowledgement, the assignment and an audit row),
// against the same inserts by a plain pg loop at the same concurrency on the same pool size.
// Receipt PDFs are only queued here (JOB_WORKERS=false); workers render them in the background.
// The 64 HTTP clients run on their own thread (as browsers would be elsewhere), so the server's
// event loop is not also parsing their responses; Node CPU per ack still counts both threads.
// With 64 clients always waiting, latency is queueing (64 / throughput), so the p99 goal is also
// checked at a steady arrival rate of half the measured throughput, as when a campaign goes out.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { createLogger, prepareDatabase, startHttpServer } from '@qorgau/api';
import { ACKNOWLEDGEMENT_CONSENT } from '@qorgau/core';
import { createDb, type Db } from '@qorgau/db';
import { sql } from 'kysely';
import { benchConfig, loopbackUrl } from './support/bench-server.js';
import {
  inChunks,
  insertBenchOrganization,
  insertSignedInMembers,
  type SignedInMember,
} from './support/bench-tenant.js';
import { type HttpCall, startHttpLoad } from './support/http-load.js';
import { interleaved, type LoadMode, percentile } from './support/load-modes.js';

const PER_MODE = Number(process.env.BENCH_ACKS ?? 1500);
const PACED = Math.max(50, Math.round(PER_MODE / 5));
const CONCURRENCY = 64;
const POOL = 10;
const ROUNDS = 5;
const config = benchConfig({
  DEMO_MODE: 'false',
  JOB_WORKERS: 'false',
  DB_POOL_SIZE: String(POOL),
});
const logger = createLogger('silent');

interface Fixture {
  tenantId: string;
  versionId: string;
  campaignId: string;
  people: SignedInMember[];
}

/** A tenant with 2 × PER_MODE + PACED people who have read the published version to the end. */
async function buildFixture(owner: Db): Promise<Fixture> {
  const tenantId = await insertBenchOrganization(owner, '9');
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
    const userId = randomUUID();
    const name = `Қызметкер ${index}`;
    people.push({
      personId: randomUUID(),
      userId,
      token: randomBytes(32).toString('base64url'),
      userName: name,
      personName: name,
      personEmail: `${userId}@bench.kz`,
    });
  }
  await inChunks(people, async (chunk) => {
    await insertSignedInMembers(owner, tenantId, chunk);
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
  });
  return { tenantId, versionId: version.id, campaignId: campaign.id, people };
}

type Person = Fixture['people'][number];
type Mode = LoadMode<Person>;

const runtime = await prepareDatabase(config, logger);
const owner = runtime.ownerDb();
const fixture = await buildFixture(owner);
const server = await startHttpServer(config, logger, runtime.appUrl);
const url = loopbackUrl(server.url);

// The paced run's keep-alive node:http client, on this thread: fetch's web streams cost about 1 ms of this process's CPU per
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

function acknowledgeCall(person: Person): HttpCall {
  return {
    path: '/trpc/myPolicy.acknowledge',
    cookie: `qorgau_session=${person.token}`,
    body: JSON.stringify({
      versionId: fixture.versionId,
      language: 'kk',
      typedName: person.personName,
      consent: true,
    }),
  };
}

const load = startHttpLoad(url);
const viaHttp: Mode = {
  label: 'HTTP + tRPC myPolicy.acknowledge',
  items: fixture.people.slice(0, PER_MODE),
  operation: async (person) => {
    const call = acknowledgeCall(person);
    const response = await post(call.path, call.cookie, call.body);
    if (response.status !== 200) throw new Error(`acknowledge failed: ${response.status} ${response.text}`);
  },
  runSlice: (people, concurrency) => load.run(people.map(acknowledgeCall), concurrency),
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
          typed_name: person.personName,
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

const [http, plain] = await interleaved([viaHttp, ceiling], ROUNDS, {
  concurrency: CONCURRENCY,
  labelWidth: 40,
  rateUnit: 'acks',
  cpuPer: 'ack',
});
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
  const p99 = percentile(latencies, 0.99);
  const p50 = percentile(latencies, 0.5);
  process.stdout.write(
    `HTTP + tRPC at a steady ${perSecond.toFixed(0)} acks/s (${items.length} acks)   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms (goal < 50 ms)\n`,
  );
}
await paced(fixture.people.slice(PER_MODE * 2), Math.max(1, http.perSecond / 2), viaHttp.operation);

agent.destroy();
await load.stop();
await app.destroy();
await owner.destroy();
await server.close();
await runtime.stop();
