import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PdfFontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** poppler-utils read files, not stdin, so each call gets a private temporary copy. */
async function withFile<T>(pdf: Buffer, use: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'qorgau-pdf-test-'));
  try {
    const path = join(dir, 'document.pdf');
    await writeFile(path, pdf);
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `raw` keeps content-stream order, so a wrapped line is not interleaved with a neighbouring column. */
export function pdfText(pdf: Buffer, { raw = false } = {}): Promise<string> {
  const mode = raw ? ['-raw'] : [];
  return withFile(
    pdf,
    async (path) => (await run('pdftotext', [...mode, '-enc', 'UTF-8', path, '-'])).stdout,
  );
}

export function pdfPageCount(pdf: Buffer): Promise<number> {
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', [path]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? Number.NaN);
  });
}

/** Parses `pdffonts` by the column widths its dashed header line announces. */
export function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    const [header, rule, ...rows] = stdout.split('\n');
    if (!header || !rule) throw new Error(`unexpected pdffonts output: ${stdout}`);
    const columns = [...rule.matchAll(/-+/g)].map((match) => [
      match.index ?? 0,
      (match.index ?? 0) + match[0].length,
    ]);
    const cell = (row: string, index: number) => {
      const [start, end] = columns[index] ?? [0, 0];
      return row.slice(start, end).trim();
    };
    return rows
      .filter((row) => row.trim() !== '')
      .map((row) => ({ name: cell(row, 0), type: cell(row, 1), embedded: cell(row, 3) === 'yes' }));
  });
}

export type PdfsigVerdict = 'valid' | 'invalid' | 'unsigned';

export function pdfsig(pdf: Buffer): Promise<{ verdict: PdfsigVerdict; output: string }> {
  return withFile(pdf, async (path) => {
    // pdfsig exits non-zero for unsigned files; its verdict is in the text either way.
    const output = await run('pdfsig', [path]).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    if (/does not contain any signatures/i.test(output)) return { verdict: 'unsigned', output };
    const verdict = /Signature Validation: Signature is Valid\./.test(output) ? 'valid' : 'invalid';
    return { verdict, output };
  });
}

export interface Raster {
  width: number;
  height: number;
  /** [r, g, b] at (x, y). */
  pixel(x: number, y: number): [number, number, number];
}

/** First page as RGB pixels, via pdftoppm's PPM output (simple enough to parse here). */
export function pdfRaster(pdf: Buffer, dpi = 36): Promise<Raster> {
  return withFile(pdf, async (path) => {
    const { stdout } = await run('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', path], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(stdout.subarray(0, 32).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not return a PPM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const offset = header[0].length;
    return {
      width,
      height,
      pixel(x, y) {
        const i = offset + (y * width + x) * 3;
        return [stdout[i] ?? 0, stdout[i + 1] ?? 0, stdout[i + 2] ?? 0];
      },
    };
  });
}
