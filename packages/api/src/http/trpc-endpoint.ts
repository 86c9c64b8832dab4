import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AnyTRPCRouter } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import { appendSetCookies } from './cookies.js';
import { sendJson } from './send-json.js';
import { answerPlainMutation } from './trpc-mutations.js';

/** What the transport knows of a call before tRPC sees it. */
export interface CallOrigin {
  requestId: string;
  ip: string;
}

export interface TrpcEndpointOptions<TContext> {
  router: AnyTRPCRouter;
  maxBatchSize: number;
  maxBodyBytes: number;
  createContext: (req: IncomingMessage, res: ServerResponse, origin: CallOrigin) => Promise<TContext>;
}

const PREFIX = '/trpc/';

/**
 * Answers from this size on are gzipped when the client takes it. Mutations are small, except
 * myPolicy.read (a mutation, because it records the reading), whose ~150 KB of policy HTML is most
 * of what a phone downloads to show the policy; an acknowledgement's few hundred bytes are not worth it.
 */
const COMPRESS_FROM = 2048;
const gzipped = promisify(gzip);

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
}

class BodyTooLarge extends Error {}

/**
 * The two header lookups tRPC makes on a JSON call (content type and accept), answered from Node's
 * parsed headers instead of copying them all into a fetch Headers object.
 */
class NodeHeaders {
  constructor(private readonly raw: IncomingHttpHeaders) {}

  get(name: string): string | null {
    const value = this.raw[name.toLowerCase()];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  has(name: string): boolean {
    return this.raw[name.toLowerCase()] !== undefined;
  }
}

function isJson(req: IncomingMessage): boolean {
  return req.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * The request as tRPC's resolver reads it. JSON calls, all our client sends, get a light object
 * with what the resolver uses (method, url, signal, two headers and the parsed body); a fetch
 * Request costs more Node CPU than the acknowledgement's own transaction when a whole campaign
 * signs at once. Anything else gets a real Request, so tRPC answers it as it always would.
 */
function fetchRequest(
  req: IncomingMessage,
  url: string,
  body: string | undefined,
  signal: AbortSignal,
): Request {
  if (body === undefined || isJson(req)) {
    const light = {
      method: req.method ?? 'GET',
      url,
      signal,
      headers: new NodeHeaders(req.headers),
      json: async () => JSON.parse(body ?? ''),
    };
    return light as unknown as Request;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return new Request(url, { method: req.method ?? 'POST', headers, body, signal });
}

/**
 * Serves tRPC through its own request resolver, on plain Node requests: express's router for
 * mutations, the stock adapter's web streams for both bodies, and re-serialising a body express
 * already parsed all cost more than the call. Our batches are small JSON both ways, read and
 * written whole. `url` is the request's path from `/trpc/` on, with its query string.
 */
export function trpcEndpoint<TContext>(options: TrpcEndpointOptions<TContext>) {
  return async (req: IncomingMessage, res: ServerResponse, url: string, origin: CallOrigin) => {
    try {
      await serve(options, req, res, url, origin);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      sendJson(res, 413, {
        error: { message: 'request.tooLarge', data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } },
      });
    }
  };
}

async function serve<TContext>(
  options: TrpcEndpointOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  origin: CallOrigin,
) {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const body = hasBody ? await readBody(req, options.maxBodyBytes) : undefined;
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableEnded) aborted.abort();
  });
  const query = url.indexOf('?');
  const path = url.slice(PREFIX.length, query < 0 ? undefined : query);
  const createContext = () => options.createContext(req, res, origin);
  const plain =
    req.method === 'POST' && body !== undefined && isJson(req)
      ? await answerPlainMutation({
          router: options.router,
          req,
          route: path,
          search: query < 0 ? '' : url.slice(query),
          body,
          maxBatchSize: options.maxBatchSize,
          signal: aborted.signal,
          createContext,
        })
      : null;
  if (plain) {
    res.statusCode = plain.status;
    res.setHeader('content-type', 'application/json');
    res.setHeader('vary', 'trpc-accept, accept');
    await writeBody(req, res, plain.body);
    return;
  }
  const response = await resolveResponse({
    router: options.router,
    req: fetchRequest(req, `http://${req.headers.host ?? 'localhost'}${url}`, body, aborted.signal),
    path,
    maxBatchSize: options.maxBatchSize,
    createContext,
    error: null,
  });
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) appendSetCookies(res, cookies);
  await writeBody(req, res, response.body ? await response.text() : undefined);
}

async function writeBody(req: IncomingMessage, res: ServerResponse, text: string | undefined) {
  if (text === undefined || text.length < COMPRESS_FROM || !acceptsGzip(req)) {
    res.end(text);
    return;
  }
  res.removeHeader('content-length');
  res.setHeader('content-encoding', 'gzip');
  const vary = res.getHeader('vary');
  res.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  res.end(await gzipped(text));
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () =>
      resolve(chunks.length === 1 ? String(chunks[0]) : Buffer.concat(chunks).toString('utf8')),
    );
    req.once('error', reject);
  });
}
