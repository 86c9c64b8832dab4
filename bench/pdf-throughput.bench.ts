/**
 * PDF throughput on this machine. Run: npx tsx bench/pdf-throughput.ts [--count 60]
 *   (a) signed one-page receipts through the warm pool (templating + render + PAdES signature)
 *   (b) ceiling: setContent + page.pdf of the same HTML on one reused sandboxed page
 *   (b') the pool's own print path (background tab, fonts kept loaded) on one page, no templating/signing
 *   (c) naive: a fresh browser per PDF
 * Or: npx tsx bench/pdf-throughput.ts --certificates 10000  (signed training certificates, with
 *   per-500 rates and CPU per PDF of Node + Chromium, which other load on the host hardly moves)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createPdfService,
  documentShell,
  launchBrowser,
  prepareDocument,
  printHtml,
  printInShell,
  type RenderRequest,
  sampleRequest,
  sandboxPage,
} from '@qorgau/pdf';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '60' },
    certificates: { type: 'string' },
    pool: { type: 'string' },
  },
});
const count = Number(values.count);
const poolSize = values.pool ? Number(values.pool) : availableParallelism();

interface Timing {
  label: string;
  documents: number;
  seconds: number;
  perSecond: number;
}

async function time(label: string, documents: number, work: () => Promise<void>): Promise<Timing> {
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  return { label, documents, seconds, perSecond: documents / seconds };
}

/** Keeps `concurrency` requests in flight, like a job queue feeding the service. */
async function drain(
  total: number,
  concurrency: number,
  next: (index: number) => Promise<unknown>,
): Promise<void> {
  let issued = 0;
  const worker = async () => {
    while (issued < total) await next(issued++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function receipt(index: number): RenderRequest {
  return sampleRequest('acknowledgement-receipt', 'kk', { documentId: `QRG-BENCH-${index}` });
}

/** A way of producing one PDF, set up once and measured in rounds. */
interface Mode {
  label: string;
  produce: (index: number) => Promise<unknown>;
  /** Requests kept in flight; 1 means one after another. */
  concurrency: number;
  close?: () => Promise<void>;
}

async function sandboxedPage(background = false) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ background });
  await sandboxPage(page);
  return { browser, page };
}

/**
 * Modes take turns in rounds, so load from other processes on a shared machine falls on all of
 * them alike and the ratios stay meaningful even when the absolute rates drift.
 */
async function interleaved(modes: Mode[], total: number, rounds: number): Promise<Timing[]> {
  const seconds = modes.map(() => 0);
  const perRound = Math.ceil(total / rounds);
  for (const mode of modes) await drain(mode.concurrency * 2, mode.concurrency, (i) => mode.produce(-1 - i));
  for (let round = 0; round < rounds; round++) {
    for (const [m, mode] of modes.entries()) {
      const started = performance.now();
      await drain(perRound, mode.concurrency, (i) => mode.produce(round * perRound + i));
      seconds[m] = (seconds[m] ?? 0) + (performance.now() - started) / 1000;
    }
  }
  return modes.map((mode, m) => {
    const documents = perRound * rounds;
    const elapsed = seconds[m] ?? 0;
    return { label: mode.label, documents, seconds: elapsed, perSecond: documents / elapsed };
  });
}

async function naive(html: string): Promise<Timing> {
  return time('(c) new browser per PDF', count, async () => {
    for (let i = 0; i < count; i++) {
      const { browser, page } = await sandboxedPage();
      try {
        await printHtml(page, html);
      } finally {
        await browser.close();
      }
    }
  });
}

function print(rows: Timing[]): void {
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(36)} ${String(row.documents).padStart(6)} docs ${row.seconds.toFixed(2).padStart(8)} s ${row.perSecond.toFixed(1).padStart(7)} /s`,
    );
  }
}

async function throughputMode(dataDir: string): Promise<void> {
  console.log(
    `PDF throughput: ${count} documents per mode, pool of ${poolSize} pages, ${availableParallelism()} cores`,
  );
  const service = createPdfService({ dataDir, poolSize });
  const identity = await service.ready();
  console.log(`signing certificate: ${identity.commonName}`);
  const seal = { certificateSubject: identity.commonName, development: identity.development };
  const { html, parts } = await prepareDocument({ ...receipt(0), seal });
  const plain = await sandboxedPage();
  // Like the pool's pages: a background tab (no screen painting) holding the font shell.
  const shell = await sandboxedPage(true);
  try {
    const [a, b, bShell] = await interleaved(
      [
        {
          label: '(a) signed receipts, warm pool',
          concurrency: poolSize * 2,
          produce: (i) => service.renderSigned(receipt(i)),
        },
        {
          label: '(b) page.pdf only, 1 reused page',
          concurrency: 1,
          produce: () => printHtml(plain.page, html),
        },
        {
          label: "(b') shell print only, 1 reused page",
          concurrency: 1,
          produce: () => printInShell(shell.page, parts, documentShell()),
        },
      ],
      count,
      5,
    );
    await Promise.all([service.close(), plain.browser.close(), shell.browser.close()]);
    const c = await naive(html);
    if (!a || !b || !bShell) throw new Error('missing measurement');
    print([a, b, bShell, c]);
    const ab = a.perSecond / b.perSecond;
    const ac = a.perSecond / c.perSecond;
    console.log(`a/b  = ${ab.toFixed(2)} (goal >= 0.8: ${ab >= 0.8 ? 'met' : 'NOT met'})`);
    console.log(`a/b' = ${(a.perSecond / bShell.perSecond).toFixed(2)} (same print path as the pool)`);
    console.log(`a/c  = ${ac.toFixed(1)} (goal >= 8: ${ac >= 8 ? 'met' : 'NOT met'})`);
  } finally {
    await Promise.all([service.close(), plain.browser.close(), shell.browser.close()]);
  }
}

/** utime + stime + cutime + cstime of one process (proc(5) fields 14-17), in seconds. */
function processCpuSeconds(pid: number | 'self'): { parent: number; seconds: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = (fields[11] ?? 0) + (fields[12] ?? 0) + (fields[13] ?? 0) + (fields[14] ?? 0);
    return { parent: fields[1] ?? 0, seconds: ticks / 100 };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds used so far by this process and all its descendants (Chromium's browser, renderer
 * and helper processes, and those they have reaped). On a shared machine this, unlike wall time,
 * hardly depends on what else is running. Undefined where /proc is missing.
 */
function treeCpuSeconds(): number | undefined {
  const self = processCpuSeconds('self');
  if (!self) return undefined;
  const children = new Map<number, Array<{ pid: number; seconds: number }>>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cpu = processCpuSeconds(Number(entry));
    if (!cpu) continue;
    const siblings = children.get(cpu.parent) ?? [];
    siblings.push({ pid: Number(entry), seconds: cpu.seconds });
    children.set(cpu.parent, siblings);
  }
  let seconds = self.seconds;
  const pending = [process.pid];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    for (const child of children.get(pid) ?? []) {
      seconds += child.seconds;
      pending.push(child.pid);
    }
  }
  return seconds;
}

const LAP = 500;

async function certificatesMode(dataDir: string, total: number): Promise<void> {
  console.log(`Signing ${total} training certificates with a pool of ${poolSize} pages`);
  const cpuBefore = treeCpuSeconds();
  const service = createPdfService({ dataDir, poolSize });
  await service.ready();
  let bytes = 0;
  let cpuAfter: number | undefined;
  let lap = performance.now();
  let lapCpu = cpuBefore;
  try {
    const result = await time('signed training certificates', total, () =>
      drain(total, poolSize * 2, async (i) => {
        const request = sampleRequest('training-certificate', (['kk', 'ru', 'en'] as const)[i % 3] ?? 'kk', {
          documentId: `QRG-TRN-BENCH-${i}`,
        });
        bytes += (await service.renderSigned(request)).bytes.length;
        if ((i + 1) % LAP === 0) {
          // Per-lap figures show whether long batches slow down; CPU per PDF despite other load.
          const now = performance.now();
          const cpu = treeCpuSeconds();
          const cpuText =
            cpu !== undefined && lapCpu !== undefined
              ? `, CPU ${(((cpu - lapCpu) * 1000) / LAP).toFixed(1)} ms per PDF`
              : '';
          console.log(
            `  ${i + 1} issued, ${(LAP / ((now - lap) / 1000)).toFixed(1)} /s over the last ${LAP}${cpuText}`,
          );
          lap = now;
          lapCpu = cpu;
        }
      }),
    );
    cpuAfter = treeCpuSeconds();
    print([result]);
    const minutes = result.seconds / 60;
    console.log(
      `total ${minutes.toFixed(1)} min (goal < 10 min: ${minutes < 10 ? 'met' : 'NOT met'}), ${(bytes / total / 1024).toFixed(0)} KiB per PDF`,
    );
  } finally {
    await service.close();
  }
  if (cpuBefore !== undefined && cpuAfter !== undefined) {
    const perDocument = (cpuAfter - cpuBefore) / total;
    const cores = availableParallelism();
    console.log(
      `CPU per PDF ${(perDocument * 1000).toFixed(1)} ms (Node + Chromium): at most ${(cores / perDocument).toFixed(1)} /s on ${cores} idle cores`,
    );
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'qorgau-pdf-bench-'));
try {
  if (values.certificates) await certificatesMode(dataDir, Number(values.certificates));
  else await throughputMode(dataDir);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
