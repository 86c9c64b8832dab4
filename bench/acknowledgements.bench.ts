// Acknowledgements per second through HTTP + tRPC (64 concurrent clients, each request a full
// transaction with row-level security, the acknowledgement, the assignment and an audit row),
// against the same inserts by a plain pg loop at the same concurrency on the same pool size.
// Receipt PDFs are only queued here (JOB_WORKERS=false); workers render them in the background.
// The 64 HTTP clients are bare keep-alive sockets on their own thread (as browsers would be
// elsewhere), so the server is not charged for a client library; Node CPU per ack still counts both
// threads, and machine CPU per ack counts everything, PostgreSQL included. Each mode first runs
// unmeasured warm-up acknowledgements, then the modes take turns in 5 rounds.
// With 64 clients always waiting, latency is queueing (64 / throughput), so the p99 goal is also
// checked at steady arrival rates, as when a campaign goes out: half the measured throughput, and
// the goal's own 0.6 × the ceiling.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
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

const PER_MODE = Number(process.env.BENCH_ACKS ?? 4000);
const PACED = Number(process.env.BENCH_PACED_ACKS ?? Math.max(50, Math.round(PER_MODE / 5)));
const WARMUP = Math.max(64, Math.round(PER_MODE / 5));
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

/** A tenant with everybody the runs need, each having read the published version to the end. */
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
  for (let index = 0; index < PER_MODE * 2 + PACED * 2 + WARMUP * 2; index += 1) {
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

/** The request the portal's tRPC client (a batching link) sends, a batch of one. */
function acknowledgeCall(person: Person): HttpCall {
  return {
    path: '/trpc/myPolicy.acknowledge?batch=1',
    cookie: `qorgau_session=${person.token}`,
    body: JSON.stringify({
      0: { versionId: fixture.versionId, language: 'kk', typedName: person.personName, consent: true },
    }),
    expect: '"status":"acknowledged"',
  };
}

let taken = 0;
/** The next `count` people of the fixture, so that no two runs acknowledge for the same person. */
function take(count: number): Person[] {
  taken += count;
  return fixture.people.slice(taken - count, taken);
}

const load = startHttpLoad(url);
const viaHttp: Mode = {
  label: 'HTTP + tRPC myPolicy.acknowledge',
  items: take(PER_MODE),
  warmup: take(WARMUP),
  operation: async (person) => {
    await load.run([acknowledgeCall(person)], 1);
  },
  runSlice: (people, concurrency) => load.run(people.map(acknowledgeCall), concurrency),
};

const app = createDb({ connectionString: runtime.appUrl, max: POOL });
const hash = createHash('sha256').update(fixture.tenantId).digest('hex');
const ceiling: Mode = {
  label: 'plain pg: same rows, same RLS transaction',
  items: take(PER_MODE),
  warmup: take(WARMUP),
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

/** Requests sent at a fixed rate whatever the responses do; latency is from each due time. */
async function paced(items: Person[], perSecond: number) {
  const latencies = await load.run(items.map(acknowledgeCall), CONCURRENCY, perSecond);
  latencies.sort((a, b) => a - b);
  const p99 = percentile(latencies, 0.99);
  const p50 = percentile(latencies, 0.5);
  process.stdout.write(
    `HTTP + tRPC at a steady ${perSecond.toFixed(0)} acks/s (${items.length} acks)   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms (goal < 50 ms)\n`,
  );
}
await paced(take(PACED), Math.max(1, http.perSecond / 2));
// The rate the throughput goal asks for, close to what the server can take at all: queueing shows.
await paced(take(PACED), Math.max(1, plain.perSecond * 0.6));

await load.stop();
await app.destroy();
await owner.destroy();
await server.close();
await runtime.stop();
