// The HTTP load generator's own thread: the 64 "browsers" parse their responses here, so the
// server under test is not charged for them (its thread shares the process, not the event loop).
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

export interface HttpCall {
  path: string;
  cookie: string;
  body: string;
}

export interface SliceRequest {
  url: string;
  calls: HttpCall[];
  concurrency: number;
}

export type SliceReply = { latencies: number[] } | { error: string };

const agents = new Map<number, Agent>();
function agentFor(concurrency: number): Agent {
  let agent = agents.get(concurrency);
  if (!agent) {
    agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    agents.set(concurrency, agent);
  }
  return agent;
}

function post(url: string, call: HttpCall, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${url}${call.path}`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(call.body),
          'x-qorgau-client': 'web',
          cookie: call.cookie,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => {
          if (response.statusCode === 200) resolve();
          else reject(new Error(`${call.path} failed: ${response.statusCode} ${text}`));
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(call.body);
  });
}

async function runSlice({ url, calls, concurrency }: SliceRequest): Promise<number[]> {
  const agent = agentFor(concurrency);
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const call = calls[next];
        next += 1;
        if (!call) return;
        const begin = performance.now();
        await post(url, call, agent);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return latencies;
}

parentPort?.on('message', (message: SliceRequest) => {
  runSlice(message).then(
    (latencies) => parentPort?.postMessage({ latencies } satisfies SliceReply),
    (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies SliceReply),
  );
});
