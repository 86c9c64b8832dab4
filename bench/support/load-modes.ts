import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** One way of doing the operation under test, fed its own items. */
export interface LoadMode<T> {
  label: string;
  items: T[];
  operation: (item: T) => Promise<void>;
  /** Items run once before the measured rounds and not counted, so both modes are measured warm. */
  warmup?: T[];
  /**
   * Runs a whole slice at the given concurrency and returns each operation's latency in ms, for a
   * mode whose load comes from elsewhere (a separate HTTP client thread) rather than `operation`.
   */
  runSlice?: (items: T[], concurrency: number) => Promise<number[]>;
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
 * CPU time used by the whole machine so far, in ms (Linux): with the database on the same machine
 * this shows what one operation costs in all, not only in this process. Null where unknown.
 */
function machineCpuMs(): number | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number);
  if (!fields || fields.length < 7) return null;
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = fields;
  // /proc/stat counts in USER_HZ, 100 per second on Linux.
  return (user + nice + system + irq + softirq) * 10;
}

/**
 * The modes take turns in rounds, so load from other processes on a shared machine falls on both
 * alike and the ratio stays meaningful when absolute rates drift. Each mode first runs its warm-up
 * items unmeasured: a short cold start (JIT, first connections) would otherwise weigh on the
 * mode with more JavaScript in its path.
 */
export async function interleaved<T>(modes: LoadMode<T>[], rounds: number, report: LoadReport) {
  const totals = modes.map(() => ({ seconds: 0, cpuMs: 0, machineMs: 0, latencies: [] as number[] }));
  for (const mode of modes) {
    if (!mode.warmup) continue;
    if (mode.runSlice) await mode.runSlice(mode.warmup, report.concurrency);
    else await drive(mode.warmup, mode.operation, report.concurrency);
  }
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, mode] of modes.entries()) {
      const size = Math.ceil(mode.items.length / rounds);
      const slice = mode.items.slice(round * size, (round + 1) * size);
      const started = performance.now();
      const cpu = process.cpuUsage();
      const machine = machineCpuMs();
      const latencies = mode.runSlice
        ? await mode.runSlice(slice, report.concurrency)
        : await drive(slice, mode.operation, report.concurrency);
      const total = totals[index];
      if (!total) continue;
      total.seconds += (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      total.cpuMs += (used.user + used.system) / 1000;
      const machineAfter = machineCpuMs();
      if (machine !== null && machineAfter !== null) total.machineMs += machineAfter - machine;
      total.latencies.push(...latencies);
    }
  }
  return modes.map((mode, index) => {
    const { seconds, cpuMs, machineMs, latencies } = totals[index] ?? {
      seconds: 1,
      cpuMs: 0,
      machineMs: 0,
      latencies: [],
    };
    latencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 0.99);
    const p50 = percentile(latencies, 0.5);
    const perSecond = latencies.length / seconds;
    const machinePart = machineMs > 0 ? `, ${(machineMs / latencies.length).toFixed(1)} ms machine CPU` : '';
    const cpuPart = report.cpuPer
      ? `   ${(cpuMs / latencies.length).toFixed(2)} ms Node CPU${machinePart}/${report.cpuPer}`
      : '';
    process.stdout.write(
      `${mode.label.padEnd(report.labelWidth)} ${perSecond.toFixed(0).padStart(6)} ${report.rateUnit}/s   p50 ${p50.toFixed(1)} ms   p99 ${p99.toFixed(1)} ms${cpuPart}\n`,
    );
    return { perSecond, p99 };
  });
}
