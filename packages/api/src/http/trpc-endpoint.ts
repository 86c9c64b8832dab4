import type { AnyTRPCRouter } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import type { NextFunction, Request, Response } from 'express';

export interface TrpcEndpointOptions<TContext> {
  router: AnyTRPCRouter;
  maxBatchSize: number;
  maxBodyBytes: number;
  createContext: (req: Request, res: Response) => Promise<TContext>;
}

class BodyTooLarge extends Error {}

/**
 * Serves tRPC from express through tRPC's own request resolver. The stock node adapter streams both
 * bodies through web streams (and re-serialises a body express already parsed), which cost more
 * Node CPU than the acknowledgement transaction itself when a whole campaign signs at once; our
 * batches are small JSON both ways, so they are read and written whole.
 */
export function trpcEndpoint<TContext>(options: TrpcEndpointOptions<TContext>) {
  return (req: Request, res: Response, next: NextFunction) => {
    serve(options, req, res).catch((error: unknown) => {
      if (error instanceof BodyTooLarge) {
        res.status(413).json({
          error: { message: 'request.tooLarge', data: { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 } },
        });
        return;
      }
      next(error);
    });
  };
}

async function serve<TContext>(options: TrpcEndpointOptions<TContext>, req: Request, res: Response) {
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  const body = hasBody ? await readBody(req, options.maxBodyBytes) : undefined;
  const aborted = new AbortController();
  res.once('close', () => {
    if (!res.writableEnded) aborted.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers,
    body,
    signal: aborted.signal,
  });
  const response = await resolveResponse({
    router: options.router,
    req: request,
    path: req.path.slice(1),
    maxBatchSize: options.maxBatchSize,
    createContext: () => options.createContext(req, res),
    error: null,
  });
  res.status(response.status);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.append('Set-Cookie', cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

function readBody(req: Request, limit: number): Promise<string> {
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
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
