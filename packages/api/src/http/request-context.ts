import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Accepts a proxy's request id when it looks like one, so logs correlate across hops. */
export function assignRequestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('x-request-id', requestId);
  return requestId;
}

export function requestIds(req: Request, res: Response, next: NextFunction) {
  res.locals.requestId = assignRequestId(req, res);
  next();
}

export function requestIdOf(res: Response): string {
  return String(res.locals.requestId);
}
