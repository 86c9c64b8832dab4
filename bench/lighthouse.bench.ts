// Lighthouse (mobile emulation, simulated throttling: Lighthouse's defaults) on the staff portal's
// acknowledgement page as a demo staff member with a pending acknowledgement sees it.
// Baseline in the same run: the public sign-in page, the lightest page of the app.
// Goals: accessibility 100, performance ≥ 90. Needs the built web app (packages/web/dist).
// Scores move with machine load; the 1-minute load average is printed with them.
import { existsSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createLogger,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  prepareDatabase,
  seedIfDemo,
  startHttpServer,
} from '@qorgau/api';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { FILLED_VALUES } from '../tests/support/policy-values.js';
import { benchConfig, loopbackUrl } from './support/bench-server.js';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Where to keep each run's full JSON report, for reading the audits' details; unset keeps none. */
const REPORTS = process.env.LIGHTHOUSE_REPORT_DIR;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const config = benchConfig({
  DEMO_MODE: 'true',
  JOB_WORKERS: 'false',
});
const logger = createLogger('silent');

function demoLogin(role: string) {
  const login = DEMO_LOGINS.find((candidate) => candidate.role === role);
  if (!login) throw new Error(`no demo login for ${role}`);
  return { email: login.email, password: DEMO_PASSWORD };
}

/** A signed-in tRPC client over HTTP that keeps the session cookie, as the browser does. */
function client(baseUrl: string) {
  let cookie = '';
  const unwrap = async <T>(response: Response): Promise<T> => {
    const body = (await response.json()) as { result?: { data: T }; error?: { message: string } };
    if (!body.result) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    return body.result.data;
  };
  return {
    cookie: () => cookie,
    mutation: async <T>(path: string, input: unknown): Promise<T> => {
      const response = await fetch(`${baseUrl}/trpc/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-qorgau-client': 'web', cookie },
        body: JSON.stringify(input),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      return unwrap<T>(response);
    },
    query: async <T>(path: string): Promise<T> =>
      unwrap<T>(await fetch(`${baseUrl}/trpc/${path}`, { headers: { cookie } })),
  };
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Drafts, approves, adopts and publishes a version in the demo HR officer's organisation. */
async function publishVersion(baseUrl: string) {
  const hr = client(baseUrl);
  await hr.mutation('auth.signIn', demoLogin('hr_officer'));
  const me = await hr.query<{ organization: { id: string } | null }>('auth.me');
  if (!me.organization) throw new Error('the demo HR officer has no organisation');
  const staff = client(baseUrl);
  await staff.mutation('auth.signIn', demoLogin('project_staff'));
  const draft = await hr.mutation<{ id: string; customization: object }>('policy.startDraft', undefined);
  const saved = await hr.mutation<{ revision: number }>('policy.saveDraft', {
    id: draft.id,
    revision: 1,
    customization: { ...draft.customization, values: FILLED_VALUES },
    authoritativeLanguage: 'ru',
  });
  await hr.mutation('policy.submit', { id: draft.id, revision: saved.revision });
  await staff.mutation('review.decide', {
    organizationId: me.organization.id,
    versionId: draft.id,
    decision: 'approve',
  });
  await hr.mutation('adoption.record', {
    versionId: draft.id,
    body: 'board_of_directors',
    meetingForm: 'in_person',
    meetingDate: isoDay(-2),
    place: 'Алматы',
    minutesNumber: '7',
    members: [
      { fullName: 'Әлия Нұрланқызы', attended: true, vote: 'for' },
      { fullName: 'Борис Ким', attended: true, vote: 'for' },
      { fullName: 'Ғалым Төлеуов', attended: true, vote: 'for' },
    ],
    chairName: 'Әлия Нұрланқызы',
    secretaryName: 'Борис Ким',
    effectiveDate: isoDay(-1),
    responsibleOfficer: 'HR',
    familiarisationDeadline: isoDay(20),
    extractLanguage: 'ru',
  });
  await hr.mutation('policy.publish', { versionId: draft.id, dueDate: isoDay(14) });
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failing: string[];
}

async function audit(port: number, url: string, cookie: string): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    extraHeaders: cookie ? { Cookie: cookie } : {},
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (REPORTS)
    writeFileSync(
      path.join(REPORTS, `${new URL(url).pathname.slice(1)}-${Date.now()}.json`),
      String(result.report),
    );
  const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
  if (runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${runtimeError.code} ${runtimeError.message}`);
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse ended on ${finalDisplayedUrl}, not ${url}`);
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  // Weight-0 audits are advisory in Lighthouse: they do not move the score.
  const failing = (categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .map((ref) => audits[ref.id])
    .filter((found) => found && found.score !== null && found.score < 1)
    .map((found) => {
      const items =
        (found?.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
      const where = items.map((item) => item.node?.selector).filter(Boolean);
      return `${found?.id}: ${found?.title}${where.length ? ` [${where.join(', ')}]` : ''}`;
    });
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    failing,
  };
}

/**
 * The server answers 503 while packages/web/dist is being rebuilt (a build empties it first); one
 * retry after the build has had time to finish keeps a concurrent build from failing the run.
 */
async function auditOnce(port: number, url: string, cookie: string): Promise<Scores> {
  try {
    return await audit(port, url, cookie);
  } catch (error) {
    process.stdout.write(`  retrying ${new URL(url).pathname}: ${(error as Error).message.slice(0, 120)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 20_000));
    return audit(port, url, cookie);
  }
}

function line(label: string, scores: Scores) {
  return `${label.padEnd(26)} perf ${String(scores.performance).padStart(3)}  a11y ${String(scores.accessibility).padStart(3)}  best ${String(scores.bestPractices).padStart(3)}  LCP ${(scores.lcpMs / 1000).toFixed(2)} s  TBT ${scores.tbtMs.toFixed(0)} ms  CLS ${scores.cls.toFixed(3)}  (load ${loadavg()[0]?.toFixed(1)})\n`;
}

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../packages/web/dist');
if (!existsSync(path.join(webDist, 'index.html')))
  throw new Error('The web app is not built: run npm --prefix packages/web run build first');
const runtime = await prepareDatabase(config, logger);
await seedIfDemo(runtime, config);
const server = await startHttpServer(config, logger, runtime.appUrl);
const baseUrl = loopbackUrl(server.url);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  await publishVersion(baseUrl);
  const member = client(baseUrl);
  await member.mutation('auth.signIn', demoLogin('member'));
  const pending = await member.query<{ status: string; versionId: string; language: string | null } | null>(
    'myPolicy.current',
  );
  if (pending?.status !== 'pending') throw new Error('the demo staff member has no pending acknowledgement');

  const baseline = await auditOnce(chrome.port, `${baseUrl}/signin`, '');
  process.stdout.write(line('sign-in page (baseline)', baseline));
  const runs: Scores[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    runs.push(await auditOnce(chrome.port, `${baseUrl}/my-policy`, member.cookie()));
    process.stdout.write(line(`/my-policy run ${run + 1}`, runs[run] as Scores));
  }
  const median = [...runs].sort((a, b) => a.performance - b.performance)[
    Math.floor(runs.length / 2)
  ] as Scores;
  process.stdout.write(line('/my-policy (median perf)', median));
  // The same page once acknowledged: the decision and the receipt, what people come back to.
  const me = await member.query<{ user: { fullName: string } }>('auth.me');
  const ack = { versionId: pending.versionId, language: pending.language ?? 'ru' };
  await member.mutation('myPolicy.read', ack);
  await member.mutation('myPolicy.reachedEnd', ack);
  await member.mutation('myPolicy.acknowledge', { ...ack, typedName: me.user.fullName, consent: true });
  const decided = await auditOnce(chrome.port, `${baseUrl}/my-policy`, member.cookie());
  process.stdout.write(line('/my-policy acknowledged', decided));
  runs.push(decided);
  const failing = [...new Set(runs.flatMap((run) => run.failing))];
  for (const entry of failing) process.stdout.write(`  accessibility failing: ${entry}\n`);
  const accessibility = Math.min(...runs.map((run) => run.accessibility));
  process.stdout.write(
    `portal vs sign-in: performance ${(median.performance / Math.max(1, baseline.performance)).toFixed(2)}, ` +
      `LCP ${(median.lcpMs / baseline.lcpMs).toFixed(2)}\n` +
      `goals: accessibility 100 (${accessibility === 100 ? 'met' : 'missed'}), ` +
      `performance ≥ 90 (${median.performance >= 90 ? 'met' : 'missed'})\n`,
  );
} finally {
  chrome.kill();
  await server.close();
  // The embedded PostgreSQL (without DATABASE_URL) is a child process that keeps this one alive.
  await runtime.stop();
}
