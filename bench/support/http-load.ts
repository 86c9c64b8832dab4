import { Worker } from 'node:worker_threads';
import type { HttpCall, SliceReply, SliceRequest } from './http-load-worker.js';

export type { HttpCall } from './http-load-worker.js';

/** A keep-alive HTTP client on its own thread, driven one slice of calls at a time. */
export function startHttpLoad(url: string) {
  const worker = new Worker(new URL('./http-load-bootstrap.mjs', import.meta.url));
  return {
    /** Latencies in ms; with `perSecond`, calls go out at that steady rate instead of back to back. */
    run(calls: HttpCall[], concurrency: number, perSecond?: number): Promise<number[]> {
      return new Promise((resolve, reject) => {
        worker.once('message', (reply: SliceReply) => {
          if ('error' in reply) reject(new Error(reply.error));
          else resolve(reply.latencies);
        });
        worker.postMessage({
          url,
          calls,
          concurrency,
          ...(perSecond ? { perSecond } : {}),
        } satisfies SliceRequest);
      });
    },
    stop: () => worker.terminate(),
  };
}
