// The HTTP load generator's own thread: the 64 "browsers" run here, so the server under test is not
// charged for them (its thread shares the process, not the event loop). Like wrk or autocannon, each
// client is a bare keep-alive socket writing a ready-made HTTP/1.1 request and reading the status
// line and Content-Length of the answer: node:http's client machinery would cost this shared
// 2-core machine about as much CPU per call as a tRPC procedure, and a phone pays that, not the server.
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';

export interface HttpCall {
  path: string;
  cookie: string;
  body: string;
  /** Text the answer must contain besides a 200 status, e.g. `"passed":true`. */
  expect?: string;
}

export interface SliceRequest {
  url: string;
  calls: HttpCall[];
  /** Connections kept busy, or, with `perSecond`, opened up front (more are opened if all are busy). */
  concurrency: number;
  /** Send at this steady rate whatever the answers do, with latency counted from each due time. */
  perSecond?: number;
}

export type SliceReply = { latencies: number[] } | { error: string };

const HEAD_END = Buffer.from('\r\n\r\n');

function requestBytes(host: string, call: HttpCall): Buffer {
  const body = Buffer.from(call.body);
  const head =
    `POST ${call.path} HTTP/1.1\r\nhost: ${host}\r\ncontent-type: application/json\r\n` +
    `content-length: ${body.length}\r\nx-qorgau-client: web\r\ncookie: ${call.cookie}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), body]);
}

/** One keep-alive connection that sends a request and resolves with the whole response's status. */
class Connection {
  private pending: Buffer = Buffer.alloc(0);
  private waiting: {
    resolve: (status: number, text: string) => void;
    reject: (error: Error) => void;
  } | null = null;

  /** False once the server has closed it, e.g. after its keep-alive timeout while the pool sat idle. */
  open = true;

  private constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.onData(chunk));
    socket.on('error', (error) => this.waiting?.reject(error));
    socket.on('close', () => {
      this.open = false;
      this.waiting?.reject(new Error('connection closed'));
    });
  }

  static open(port: number, host: string): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host, () => resolve(new Connection(socket)));
      socket.once('error', reject);
    });
  }

  send(bytes: Buffer): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve: (status, text) => resolve({ status, text }), reject };
      this.socket.write(bytes);
    });
  }

  private onData(chunk: Buffer) {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const headEnd = this.pending.indexOf(HEAD_END);
    if (headEnd < 0) return;
    const head = this.pending.subarray(0, headEnd).toString('latin1');
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? Number.NaN);
    if (Number.isNaN(length)) {
      this.waiting?.reject(new Error(`response without Content-Length: ${head.split('\r\n')[0]}`));
      return;
    }
    const end = headEnd + HEAD_END.length + length;
    if (this.pending.length < end) return;
    const status = Number(head.slice(9, 12));
    const text = this.pending.subarray(headEnd + HEAD_END.length, end).toString('utf8');
    this.pending = this.pending.subarray(end);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve(status, text);
  }

  close() {
    this.socket.destroy();
  }
}

function openTo(url: string): Promise<Connection> {
  const { hostname, port } = new URL(url);
  return Connection.open(Number(port), hostname);
}

const pools = new Map<string, Connection[]>();
/** `count` open connections, reusing those of earlier slices that the server has not closed. */
async function connectionsFor(url: string, count: number): Promise<Connection[]> {
  const key = `${url} ${count}`;
  const kept = (pools.get(key) ?? []).filter((connection) => connection.open);
  const opened = await Promise.all(Array.from({ length: count - kept.length }, () => openTo(url)));
  const pool = [...kept, ...opened];
  pools.set(key, pool);
  return pool;
}

/** An idle connection that is still open, or a new one when every idle one is busy or closed. */
function idleConnection(idle: Connection[], url: string): Promise<Connection> | Connection {
  for (let connection = idle.pop(); connection; connection = idle.pop()) {
    if (connection.open) return connection;
  }
  return openTo(url);
}

function check(call: HttpCall | undefined, response: { status: number; text: string }) {
  if (response.status !== 200 || (call?.expect && !response.text.includes(call.expect))) {
    throw new Error(`${call?.path} failed: ${response.status} ${response.text}`);
  }
}

/** Closed loop: each connection sends its next call as soon as the previous one is answered. */
async function runClosed(url: string, calls: HttpCall[], concurrency: number): Promise<number[]> {
  const connections = await connectionsFor(url, concurrency);
  const host = new URL(url).host;
  const requests = calls.map((call) => requestBytes(host, call));
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    connections.map(async (connection) => {
      for (;;) {
        const index = next;
        next += 1;
        const bytes = requests[index];
        if (!bytes) return;
        const begin = performance.now();
        const response = await connection.send(bytes);
        latencies.push(performance.now() - begin);
        check(calls[index], response);
      }
    }),
  );
  return latencies;
}

/** Open loop, as people arrive: call i is due at i / perSecond seconds, answered or not. */
async function runPaced(url: string, calls: HttpCall[], concurrency: number, perSecond: number) {
  const idle = [...(await connectionsFor(url, concurrency))];
  const { host } = new URL(url);
  const requests = calls.map((call) => requestBytes(host, call));
  const started = performance.now();
  return Promise.all(
    requests.map(async (bytes, index) => {
      const due = started + (index * 1000) / perSecond;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const connection = await idleConnection(idle, url);
      const response = await connection.send(bytes);
      idle.push(connection);
      check(calls[index], response);
      return performance.now() - due;
    }),
  );
}

function runSlice({ url, calls, concurrency, perSecond }: SliceRequest): Promise<number[]> {
  return perSecond ? runPaced(url, calls, concurrency, perSecond) : runClosed(url, calls, concurrency);
}

parentPort?.on('message', (message: SliceRequest) => {
  runSlice(message).then(
    (latencies) => parentPort?.postMessage({ latencies } satisfies SliceReply),
    (error: unknown) => parentPort?.postMessage({ error: String(error) } satisfies SliceReply),
  );
});
