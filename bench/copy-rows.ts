// Small helpers for loading generated rows fast: a seeded random source and COPY from a row iterator.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

const DAY_MS = 86_400_000;

export function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const copyValue = (value: string | number | null) =>
  value === null ? '\\N' : String(value).replaceAll('\\', '\\\\').replaceAll('\t', ' ').replaceAll('\n', ' ');

export async function copyRows(
  client: pg.Client,
  table: string,
  columns: string[],
  rows: Iterable<(string | number | null)[]>,
) {
  function* lines() {
    let batch = '';
    for (const row of rows) {
      batch += `${row.map(copyValue).join('\t')}\n`;
      if (batch.length > 1 << 16) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  await pipeline(
    Readable.from(lines()),
    client.query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`)),
  );
}
