// Quiz submissions per second through HTTP + tRPC (64 concurrent clients; each request one tenant
// transaction with row-level security: the learner, the locked attempt and enrolment, server-side
// scoring against the frozen course version, the submitted attempt, the completion, the certificate
// job queued, then the enrolment closed with its audit entry), against the same writes by a plain pg
// loop at the same concurrency on the same pool size. Certificates are only queued (JOB_WORKERS=false).
// As in the acknowledgement bench, the HTTP clients are bare sockets on their own thread and each
// mode first runs unmeasured warm-up submissions.
// BENCH_WITHOUT_ROLLUPS=1 disables the monitoring roll-up triggers on enrolments in the bench database.
import { createLogger, prepareDatabase, startHttpServer } from '@qorgau/api';
import { createDb, RENDER_QUEUE } from '@qorgau/db';
import { sql } from 'kysely';
import { buildQuizFixture, type Learner } from './quiz-fixture.js';
import { benchConfig, loopbackUrl } from './support/bench-server.js';
import { type HttpCall, startHttpLoad } from './support/http-load.js';
import { interleaved, type LoadMode } from './support/load-modes.js';

const PER_MODE = Number(process.env.BENCH_SUBMISSIONS ?? 1000);
const WARMUP = Math.max(64, Math.round(PER_MODE / 5));
const CONCURRENCY = 64;
const POOL = 10;
const ROUNDS = 5;
const config = benchConfig({
  DEMO_MODE: 'false',
  JOB_WORKERS: 'false',
});
const logger = createLogger('silent');

type Mode = LoadMode<Learner>;

const runtime = await prepareDatabase(config, logger);
const owner = runtime.ownerDb();
const fixture = await buildQuizFixture(owner, PER_MODE * 2 + WARMUP * 2);
let taken = 0;
/** The next `count` learners, so that no two runs submit the same attempt. */
function take(count: number): Learner[] {
  taken += count;
  return fixture.learners.slice(taken - count, taken);
}
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
const url = loopbackUrl(server.url);

function submitCall(learner: Learner): HttpCall {
  return {
    path: '/trpc/myTraining.submitAttempt',
    cookie: `qorgau_session=${learner.token}`,
    body: JSON.stringify({ attemptId: learner.attemptId, answers: learner.answers }),
    expect: '"passed":true',
  };
}

const load = startHttpLoad(url);
const viaHttp: Mode = {
  label: 'HTTP + tRPC myTraining.submitAttempt',
  items: take(PER_MODE),
  warmup: take(WARMUP),
  operation: async (learner) => {
    await load.run([submitCall(learner)], 1);
  },
  runSlice: (learners, concurrency) => load.run(learners.map(submitCall), concurrency),
};

const app = createDb({ connectionString: runtime.appUrl, max: POOL });
const ceiling: Mode = {
  label: 'plain pg: same rows, same RLS transaction',
  items: take(PER_MODE),
  warmup: take(WARMUP),
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

const [http, plain] = await interleaved([viaHttp, ceiling], ROUNDS, {
  concurrency: CONCURRENCY,
  labelWidth: 44,
  rateUnit: 'submissions',
  cpuPer: 'submission',
});
if (!http || !plain) throw new Error('missing measurement');
process.stdout.write(`ratio HTTP+tRPC / plain pg: ${(http.perSecond / plain.perSecond).toFixed(2)}\n`);
await load.stop();
await app.destroy();
await owner.destroy();
await server.close();
await runtime.stop();
