/**
 * PDF throughput on this machine. Run: npx tsx bench/pdf-throughput.ts [--count 60]
 *   (a) signed one-page receipts through the warm pool (templating + render + PAdES signature)
 *   (b) ceiling: setContent + page.pdf of the same HTML on one reused sandboxed page
 *   (b') the pool's own print path (fonts kept loaded in the page) on one page, no templating/signing
 *   (c) naive: a fresh browser per PDF
 * Or: npx tsx bench/pdf-throughput.ts --certificates 10000  (signed training certificates)
 */
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

async function sandboxedPage() {
  const browser = await launchBrowser();
  const page = await browser.newPage();
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
  const shell = await sandboxedPage();
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

async function certificatesMode(dataDir: string, total: number): Promise<void> {
  console.log(`Signing ${total} training certificates with a pool of ${poolSize} pages`);
  const service = createPdfService({ dataDir, poolSize });
  await service.ready();
  let bytes = 0;
  try {
    const result = await time('signed training certificates', total, () =>
      drain(total, poolSize * 2, async (i) => {
        const request = sampleRequest('training-certificate', (['kk', 'ru', 'en'] as const)[i % 3] ?? 'kk', {
          documentId: `QRG-TRN-BENCH-${i}`,
        });
        bytes += (await service.renderSigned(request)).bytes.length;
        if ((i + 1) % 1000 === 0) console.log(`  ${i + 1} done`);
      }),
    );
    print([result]);
    const minutes = result.seconds / 60;
    console.log(
      `total ${minutes.toFixed(1)} min (goal < 10 min: ${minutes < 10 ? 'met' : 'NOT met'}), ${(bytes / total / 1024).toFixed(0)} KiB per PDF`,
    );
  } finally {
    await service.close();
  }
}

const dataDir = await mkdtemp(join(tmpdir(), 'qorgau-pdf-bench-'));
try {
  if (values.certificates) await certificatesMode(dataDir, Number(values.certificates));
  else await throughputMode(dataDir);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
