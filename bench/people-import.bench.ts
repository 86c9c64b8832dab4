// People-import throughput. Run: npx tsx bench/people-import.bench.ts
// A 100,000-person 1C:ZUP-shaped directory is generated in memory as CSV (UTF-8 BOM, `;`, CRLF) and XLSX
// (title row, blank row, shared strings, date cells), then read, validated and planned against 100,000
// stored people of whom 10% changed. The baseline comes from the same run so the ratio means the same on
// any machine: a bare split('\n') + split(';') over the same CSV, the floor no real parser can beat.
import { performance } from 'node:perf_hooks';
import {
  type ExistingPerson,
  planImport,
  readSheet,
  suggestMapping,
  validateRows,
} from '@qorgau/people-import';
import { type TestCell, writeTestXlsx } from '../packages/people-import/src/test-support/write-test-xlsx.js';

const PEOPLE = 100_000;
const CHANGED_EVERY = 10;
const BAD_EMAIL_EVERY = 1_000;
const CSV_RUNS = 5;
const XLSX_RUNS = 3;
const TODAY = '2026-11-28';

const SURNAMES = [
  'Ұзақбаев',
  'Шәкенов',
  'Қасымов',
  'Өтебаев',
  'Іскаков',
  'Жақсылықов',
  'Соколов',
  'Ким',
  'Тен',
  'Ли',
];
const GIVEN = [
  'Нұрлан',
  'Әлихан',
  'Ғалым',
  'Дәурен',
  'Серік',
  'Асқар',
  'Игорь',
  'Дмитрий',
  'Жандос',
  'Һәдия',
];
const UNITS = ['Әкімшілік бөлім', 'ИТ-отдел', 'Отдел кадров', 'Бухгалтерия', 'Цех №1', 'Юридический отдел'];
const POSITIONS = ['Бухгалтер', 'Инженер', 'Аға маман', 'Водитель', 'Оператор', 'Главный специалист'];
const HEADER = [
  'Табельный номер',
  'Сотрудник',
  'Подразделение',
  'Должность',
  'Дата приема',
  'Электронная почта',
  'ИИН',
];

interface Generated {
  number: string;
  fullName: string;
  unit: string;
  position: string;
  hiredOn: string;
  email: string;
  iin: string;
}

function person(index: number): Generated {
  const day = 1 + (index % 28);
  const month = 1 + (index % 12);
  const year = 2000 + (index % 26);
  return {
    number: String(index + 1).padStart(6, '0'),
    fullName: `${SURNAMES[index % 10]} ${GIVEN[Math.floor(index / 10) % 10]} ${index}`,
    unit: UNITS[index % UNITS.length] ?? '',
    position: POSITIONS[(index >> 3) % POSITIONS.length] ?? '',
    hiredOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    email: index % BAD_EMAIL_EVERY === 7 ? 'not-an-email' : `person${index}@example-company.kz`,
    iin: String(900000000000 + index * 7),
  };
}

const people = Array.from({ length: PEOPLE }, (_, index) => person(index));
const dayFirst = (iso: string) => iso.split('-').reverse().join('.');

const csvText = `\uFEFF${[
  HEADER.join(';'),
  ...people.map((p) =>
    [p.number, p.fullName, p.unit, p.position, dayFirst(p.hiredOn), p.email, p.iin].join(';'),
  ),
].join('\r\n')}\r\n`;
const csvBytes = Buffer.from(csvText, 'utf8');

const xlsxRows: TestCell[][] = [
  ['Список сотрудников организации на 01.11.2026'],
  [],
  HEADER,
  ...people.map((p) => [p.number, p.fullName, p.unit, p.position, { date: p.hiredOn }, p.email, p.iin]),
];
const xlsxBytes = writeTestXlsx({ rows: xlsxRows, merged: ['A1:G1'] });

// Stored people: the same directory, with every tenth person's position changed since the last import.
const existing: ExistingPerson[] = people.map((p, index) => ({
  id: `id-${index}`,
  number: p.number,
  email: p.email === 'not-an-email' ? null : p.email,
  fullName: p.fullName,
  unitName: p.unit,
  position: index % CHANGED_EVERY === 0 ? 'Стажёр' : p.position,
  hiredOn: p.hiredOn,
  language: 'ru',
  kind: 'employee',
  status: 'active',
}));

interface Run {
  read: number;
  validate: number;
  plan: number;
  total: number;
  valid: number;
  rejected: number;
  updates: number;
}

async function pipeline(bytes: Buffer, fileName: string): Promise<Run> {
  const t0 = performance.now();
  const sheet = await readSheet(bytes, fileName);
  const t1 = performance.now();
  const result = validateRows(sheet, suggestMapping(sheet.headers), {
    today: TODAY,
    defaultLanguage: 'ru',
    defaultKind: 'employee',
  });
  const t2 = performance.now();
  const plan = planImport(existing, result.valid, {
    deactivateMissing: true,
    keepActive: result.rejectedKeys,
  });
  const t3 = performance.now();
  if (plan.add.length !== 0 || plan.deactivate.length !== 0) throw new Error('unexpected plan');
  return {
    read: t1 - t0,
    validate: t2 - t1,
    plan: t3 - t2,
    total: t3 - t0,
    valid: result.valid.length,
    rejected: result.rejected.length,
    updates: plan.update.length,
  };
}

function baseline(): number {
  const t0 = performance.now();
  let cells = 0;
  for (const line of csvBytes.toString('utf8').split('\n')) cells += line.split(';').length;
  const elapsed = performance.now() - t0;
  if (cells < PEOPLE) throw new Error('baseline read nothing');
  return elapsed;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function measure(bytes: Buffer, fileName: string, runs: number): Promise<Run> {
  await pipeline(bytes, fileName); // warm-up: JIT and lazily built lookup tables
  const samples: Run[] = [];
  for (let i = 0; i < runs; i++) samples.push(await pipeline(bytes, fileName));
  const pick = (key: keyof Run) => median(samples.map((run) => run[key]));
  return {
    read: pick('read'),
    validate: pick('validate'),
    plan: pick('plan'),
    total: pick('total'),
    valid: pick('valid'),
    rejected: pick('rejected'),
    updates: pick('updates'),
  };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(0).padStart(7);
const rate = (value: number) =>
  Math.round((PEOPLE / value) * 1000)
    .toLocaleString('en-US')
    .padStart(10);

console.log(
  `Qorgau people-import benchmark — ${PEOPLE.toLocaleString('en-US')} rows, Node ${process.version}`,
);
console.log(
  `CSV ${mb(csvBytes.length)} MiB, XLSX ${mb(xlsxBytes.length)} MiB; ${existing.length.toLocaleString('en-US')} stored people, every ${CHANGED_EVERY}th changed\n`,
);

baseline();
const base = median(Array.from({ length: 7 }, baseline));
const csv = await measure(csvBytes, 'people.csv', CSV_RUNS);
const xlsx = await measure(xlsxBytes, 'people.xlsx', XLSX_RUNS);

console.log(
  'format   read ms  validate ms  plan ms  total ms     rows/s   ×baseline  valid  rejected  updates',
);
for (const [name, run] of [
  ['csv', csv],
  ['xlsx', xlsx],
] as const) {
  console.log(
    `${name.padEnd(6)} ${ms(run.read)}  ${ms(run.validate)}     ${ms(run.plan)}   ${ms(run.total)} ${rate(run.total)}  ${(run.total / base).toFixed(1).padStart(9)}×  ${run.valid}  ${String(run.rejected).padStart(8)}  ${String(run.updates).padStart(7)}`,
  );
}
console.log(`baseline (split '\\n' + split ';' of the CSV): ${base.toFixed(1)} ms, ${rate(base)} rows/s`);
