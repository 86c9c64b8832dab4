import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { sendJson } from './send-json.js';

export const CLIENT_HEADER = 'x-qorgau-client';

/**
 * Cookie sessions need a CSRF defence. Browsers cannot add a custom header to a cross-site request
 * without a CORS preflight, which this server never grants; Origin and Fetch Metadata are checked as
 * a second line where the browser sends them.
 */
export function isSameOriginWrite(req: IncomingMessage): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return true;
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  const foreignOrigin = origin !== undefined && new URL(origin).host !== req.headers.host;
  return Boolean(req.headers[CLIENT_HEADER]) && !crossSite && !foreignOrigin;
}

export function rejectCrossSite(res: ServerResponse) {
  sendJson(res, 403, { error: { message: 'csrf.rejected', data: { code: 'FORBIDDEN', httpStatus: 403 } } });
}

export function requireSameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (isSameOriginWrite(req)) return next();
  rejectCrossSite(res);
}
