// Quiz submissions per second through HTTP + tRPC (64 concurrent clients; each request one tenant
// transaction with row-level security: the learner, the locked attempt and enrolment, server-side
// scoring against the frozen course version, the submitted attempt, the completion, the certificate
// job queued, then the enrolment closed with its audit entry), against the same writes by a plain pg
// loop at the same concurrency on the same pool size. Certificates are only queued (JOB_WORKERS=false).
// BENCH_WITHOUT_ROLLUPS=1 disables the monitoring roll-up triggers on enrolments in the bench database.
import { performance } from 'node:perf_hooks';
import { createLogger, loadConfig, prepareDatabase, startHttpServer } from '@qorgau/api';
import { createDb, RENDER_QUEUE } from '@qorgau/db';
import { sql } from 'kysely';
import { buildQuizFixture, type Learner } from './quiz-fixture.js';

const PER_MODE = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
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
});
const logger = createLogger('silent');

interface Mode {
  label: string;
  items: Learner[];
  operation: (item: Learner) => Promise<void>;
}

async function drive(items: Learner[], operation: Mode['operation']): Promise<number[]> {
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

/** Modes take turns in rounds so that load from other processes falls on both alike. */
async function interleaved(modes: Mode[], rounds: number) {
  const totals = modes.map(() => ({ seconds: 0, latencies: [] as number[] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, mode] of modes.entries()) {
      const size = Math.ceil(mode.items.length / rounds);
      const started = performance.now();
      const latencies = await drive(mode.items.slice(round * size, (round + 1) * size), mode.operation);
      const total = totals[index];
      if (!total) continue;
      total.seconds += (performance.now() - started) / 1000;
      total.latencies.push(...latencies);
    }
  }
  return modes.map((mode, index) => {
    const { seconds, latencies } = totals[index] ?? { seconds: 1, latencies: [] };
    latencies.sort((a, b) => a - b);
    const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? 0;
    const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
    const perSecond = latencies.length / seconds;
    process.stdout.write(
      `${mode.label.padEnd(44)} ${perSecond.toFixed(0).padStart(6)} submissions/s   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms\n`,
    );
    return { perSecond, p99 };
  });
}

const runtime = await prepareDatabase(config, logger);
const owner = runtime.ownerDb();
const fixture = await buildQuizFixture(owner, PER_MODE * 2);
if (process.env.BENCH_WITHOUT_ROLLUPS === '1') {
  // Measures the training path alone: the monitoring roll-up triggers on enrolments keep one counter
  // row per unit, which every pass of the organisation then waits for.
  const triggers = await sql<{ name: string }>`select tgname as name from pg_trigger
    where tgrelid = 'training_enrolments'::regclass and not tgisinternal and tgname like 'monitoring%'`.execute(
    owner,
  );
  for (const { name } of triggers.rows) {
    await sql`alter table training_enrolments disable trigger ${sql.id(name)}`.execute(owner);
  }
  process.stdout.write(`roll-up triggers disabled: ${triggers.rows.length}\n`);
}
const server = await startHttpServer(config, logger, runtime.appUrl);
const url = server.url.replace('localhost', '127.0.0.1');

const viaHttp: Mode = {
  label: 'HTTP + tRPC myTraining.submitAttempt',
  items: fixture.learners.slice(0, PER_MODE),
  operation: async (learner) => {
    const response = await fetch(`${url}/trpc/myTraining.submitAttempt`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-qorgau-client': 'web',
        cookie: `qorgau_session=${learner.token}`,
      },
      body: JSON.stringify({ attemptId: learner.attemptId, answers: learner.answers }),
    });
    const body = (await response.json()) as { result?: { data: { passed: boolean } } };
    if (response.status !== 200 || !body.result?.data.passed)
      throw new Error(`submit failed: ${response.status}`);
  },
};

const app = createDb({ connectionString: runtime.appUrl, max: POOL });
const ceiling: Mode = {
  label: 'plain pg: same rows, same RLS transaction',
  items: fixture.learners.slice(PER_MODE),
  operation: async (learner) => {
    await app.transaction().execute(async (tx) => {
      await sql`select set_config('app.tenant_id', ${fixture.tenantId}, true), set_config('app.user_id', ${learner.userId}, true)`.execute(
        tx,
      );
      await sql`select id from training_attempts where id = ${learner.attemptId} for update`.execute(tx);
      const results = learner.answers.map((answer) => ({ questionId: answer.questionId, correct: true }));
      await tx
        .updateTable('training_attempts')
        .set({
          submitted_at: new Date(),
          answers: JSON.stringify(learner.answers),
          results: JSON.stringify(results),
          correct_count: results.length,
          score_percent: 100,
          passed: true,
        })
        .where('id', '=', learner.attemptId)
        .execute();
      const completion = await tx
        .insertInto('training_completions')
        .values({
          tenant_id: fixture.tenantId,
          person_id: learner.personId,
          course_version_id: fixture.versionId,
          source: 'quiz',
          assignment_id: fixture.assignmentId,
          cycle: 1,
          attempt_id: learner.attemptId,
          score_percent: 100,
          language: 'ru',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const job = { type: 'trainingCertificate', tenantId: fixture.tenantId, completionId: completion.id };
      await sql`insert into pgboss.job (name, data) values (${RENDER_QUEUE}, ${JSON.stringify(job)}::jsonb)`.execute(
        tx,
      );
      // One statement, as the service does: the enrolment closed and the audit entry.
      await tx
        .with('closed', (db) =>
          db
            .updateTable('training_enrolments')
            .set({ status: 'completed', completed_at: new Date(), completion_id: completion.id })
            .where('assignment_id', '=', fixture.assignmentId)
            .where('person_id', '=', learner.personId)
            .where('cycle', '=', 1),
        )
        .insertInto('audit_log')
        .values({
          tenant_id: fixture.tenantId,
          actor_user_id: learner.userId,
          action: 'training.quizPassed',
          target_type: 'trainingAttempt',
          target_id: learner.attemptId,
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
process.stdout.write(`ratio HTTP+tRPC / plain pg: ${(http.perSecond / plain.perSecond).toFixed(2)}\n`);
await app.destroy();
await owner.destroy();
await server.close();
await runtime.stop();
