// Rendering speed of the model policy. Run: npx tsx bench/policy-render.ts
// Goal: a full policy renders in under 5 ms per language once warm. Baselines come from the same run, so the
// ratios stay meaningful on any machine: the cold first render (template compilation included) and plain
// concatenation of the very same clause texts (the floor any renderer could reach).
import { performance } from 'node:perf_hooks';
import {
  type CustomizationInput,
  checkCompliance,
  clearModelPolicyCache,
  LANGUAGES,
  type Language,
  loadModelPolicy,
  policySha256,
  renderPolicy,
} from '@qorgau/policy';

const WARM_RUNS = 200;
const COMPLIANCE_RUNS = 50;
const GOAL_MS = 5;

const ml = (kk: string, ru: string, en: string) => ({ kk, ru, en });
const customization: CustomizationInput = {
  organisationKind: 'university',
  // Every optional clause on, so the benchmark renders the longest policy the model can produce.
  clauseSwitches: {
    'leadership-commitment': true,
    'anonymous-reporting': true,
    'ethics-commissioner-deputy': true,
    'informal-resolution': true,
    'standard-of-proof': true,
    'domestic-violence-support': true,
  },
  values: {
    organisationName: ml('«Мысал» университеті', 'Университет «Пример»', 'Example University'),
    responsibleUnit: ml(
      'Персоналды басқару департаменті',
      'Департамент по управлению персоналом',
      'HR department',
    ),
    workersRepresentatives: ml('Кәсіподақ', 'Профсоюз', 'Trade union'),
    studentRepresentatives: ml('Студенттер кеңесі', 'Студенческий совет', 'Student council'),
    effectiveDate: '2026-01-15',
    ethicsCommissionerName: 'Айгүл Серікқызы',
    ethicsCommissionerEmail: 'ethics@example.kz',
    ethicsCommissionerPhone: '+7 727 000 00 00',
    reportingEmail: 'report@example.kz',
    reportingPhone: '+7 727 000 00 01',
    reportingWebFormUrl: 'https://report.example.kz',
    reportingAddress: ml('Абай даңғылы, 1', 'пр. Абая, 1', '1 Abai Ave'),
    anonymousChannelUrl: 'https://report.example.kz/anon',
    deputyCommissionerName: 'Ержан Қалиев',
    deputyCommissionerEmail: 'deputy@example.kz',
    leaderName: 'Дана Ахметова',
    leaderPosition: ml('Ректор', 'Ректор', 'Rector'),
    supportServices: ml('Дағдарыс орталығы', 'Кризисный центр', 'Crisis centre'),
  },
  customClauses: [
    {
      id: 'custom-campus-security',
      afterClauseId: 'places-and-situations-covered',
      title: ml('Кампус күзеті', 'Охрана кампуса', 'Campus security'),
      body: ml(
        'Күзет **тәулік бойы** жұмыс істейді.',
        'Охрана работает **круглосуточно**.',
        'Security works **24/7**.',
      ),
    },
  ],
};

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { mean: samples.reduce((a, b) => a + b, 0) / samples.length, p50: at(0.5), p95: at(0.95) };
}

const f = (ms: number) => ms.toFixed(3).padStart(8);

clearModelPolicyCache();
let model = loadModelPolicy();
const loadMs = time(() => {
  clearModelPolicyCache();
  model = loadModelPolicy();
});

console.log(
  `Qorgau policy render benchmark — ${model.clauses.length} model clauses, Node ${process.version}`,
);
console.log(`load + validate model (read, parse, analyse every template): ${loadMs.toFixed(1)} ms\n`);
console.log(
  'lang   cold 1st   warm mean   warm p50   warm p95   concat   cold/warm  warm/concat  clauses  chars',
);

let worstWarm = 0;
let sinkTotal = 0;
for (const lang of LANGUAGES as readonly Language[]) {
  // First render in this language: compiles its templates, so this is the cold baseline.
  let rendered: ReturnType<typeof renderPolicy> | undefined;
  const cold = time(() => {
    rendered = renderPolicy(model, customization, lang);
  });
  if (!rendered) throw new Error('render failed');
  renderPolicy(model, customization, lang); // warm-up

  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push(time(() => renderPolicy(model, customization, lang)));

  // Same clause texts, just glued together: what rendering would cost with no templating at all.
  const done = rendered;
  const pieces = done.clauses.flatMap((c) => [c.title, c.text]);
  const concat: number[] = [];
  let sink = 0;
  for (let i = 0; i < WARM_RUNS; i++) {
    concat.push(
      time(() => {
        let out = '';
        for (const piece of pieces) out += `${piece}\n\n`;
        // Reading a character flattens the rope V8 builds, so the join is really done.
        sink += out.charCodeAt(out.length - 1);
      }),
    );
  }

  sinkTotal += sink;
  const w = stats(warm);
  const c = stats(concat);
  worstWarm = Math.max(worstWarm, w.mean);
  const chars = done.clauses.reduce((n, cl) => n + cl.text.length, 0);
  console.log(
    `${lang.padEnd(4)} ${f(cold)} ${f(w.mean)}   ${f(w.p50)}   ${f(w.p95)} ${f(c.mean)}   ${(cold / w.mean).toFixed(1).padStart(7)}×  ${(w.mean / Math.max(c.mean, 1e-6)).toFixed(0).padStart(9)}×  ${String(done.clauses.length).padStart(7)}  ${chars}`,
  );
}

checkCompliance(model, customization);
const compliance: number[] = [];
for (let i = 0; i < COMPLIANCE_RUNS; i++) compliance.push(time(() => checkCompliance(model, customization)));
const cs = stats(compliance);

const hash: number[] = [];
const kk = renderPolicy(model, customization, 'kk');
for (let i = 0; i < WARM_RUNS; i++) hash.push(time(() => policySha256(kk)));

console.log(
  `\ncompliance check (renders all 3 languages): mean ${cs.mean.toFixed(3)} ms, p95 ${cs.p95.toFixed(3)} ms`,
);
console.log(`canonical text + SHA-256 (kk): mean ${stats(hash).mean.toFixed(3)} ms`);
// Printed so the concatenation loop cannot be optimised away.
console.log(`(baseline checksum ${sinkTotal})`);
console.log(
  `\ngoal < ${GOAL_MS} ms per language warm: ${worstWarm < GOAL_MS ? 'met' : 'NOT met'} (worst mean ${worstWarm.toFixed(3)} ms)`,
);
