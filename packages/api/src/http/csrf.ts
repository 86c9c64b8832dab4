import type { NextFunction, Request, Response } from 'express';

export const CLIENT_HEADER = 'x-qorgau-client';

/**
 * Cookie sessions need a CSRF defence. Browsers cannot add a custom header to a cross-site request
 * without a CORS preflight, which this server never grants; Origin and Fetch Metadata are checked as
 * a second line where the browser sends them.
 */
export function requireSameOriginWrites(req: Request, res: Response, next: NextFunction) {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const crossSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  const foreignOrigin = origin !== undefined && new URL(origin).host !== req.headers.host;
  if (!req.headers[CLIENT_HEADER] || crossSite || foreignOrigin) {
    res
      .status(403)
      .json({ error: { message: 'csrf.rejected', data: { code: 'FORBIDDEN', httpStatus: 403 } } });
    return;
  }
  next();
}
