import { performance } from 'node:perf_hooks';

/** One way of doing the operation under test, fed its own items. */
export interface LoadMode<T> {
  label: string;
  items: T[];
  operation: (item: T) => Promise<void>;
}

export interface LoadReport {
  concurrency: number;
  labelWidth: number;
  /** What one operation is called in the printed rate, e.g. "acks". */
  rateUnit: string;
  /** When set, the Node CPU time per operation is printed too, per this noun, e.g. "ack". */
  cpuPer?: string;
}

/** The value below which `share` of the sorted latencies fall. */
export function percentile(sorted: number[], share: number): number {
  return sorted[Math.floor(sorted.length * share)] ?? 0;
}

/** Keeps `concurrency` operations in flight over `items`; returns each one's latency in ms. */
export async function drive<T>(
  items: T[],
  operation: (item: T) => Promise<void>,
  concurrency: number,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
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

/**
 * The modes take turns in rounds, so load from other processes on a shared machine (and the
 * JIT warming up) falls on both alike and the ratio stays meaningful when absolute rates drift.
 */
export async function interleaved<T>(modes: LoadMode<T>[], rounds: number, report: LoadReport) {
  const totals = modes.map(() => ({ seconds: 0, cpuMs: 0, latencies: [] as number[] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, mode] of modes.entries()) {
      const size = Math.ceil(mode.items.length / rounds);
      const slice = mode.items.slice(round * size, (round + 1) * size);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const latencies = await drive(slice, mode.operation, report.concurrency);
      const total = totals[index];
      if (!total) continue;
      total.seconds += (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      total.cpuMs += (used.user + used.system) / 1000;
      total.latencies.push(...latencies);
    }
  }
  return modes.map((mode, index) => {
    const { seconds, cpuMs, latencies } = totals[index] ?? { seconds: 1, cpuMs: 0, latencies: [] };
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 0.99);
    const p50 = percentile(latencies, 0.5);
    const perSecond = latencies.length / seconds;
    const cpuPart = report.cpuPer
      ? `   ${(cpuMs / latencies.length).toFixed(2)} ms Node CPU/${report.cpuPer}`
      : '';
    process.stdout.write(
      `${mode.label.padEnd(report.labelWidth)} ${perSecond.toFixed(0).padStart(6)} ${report.rateUnit}/s   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms${cpuPart}\n`,
    );
    return { perSecond, p99 };
  });
}
