import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import path from 'node:path';
import { pingDatabase } from '@qorgau/db';
import compression from 'compression';
import express from 'express';
import proxyAddr from 'proxy-addr';
import type { AppDeps } from '../deps.js';
import type { Logger } from '../logger.js';
import { WEB_DIST_DIR } from '../paths.js';
import { appRouter } from '../router.js';
import type { Context } from '../trpc/context.js';
import { adoptionMinutesRoutes } from './adoption-minutes-routes.js';
import { readSessionToken, sessionCookieJar } from './cookies.js';
import { isSameOriginWrite, rejectCrossSite, requireSameOriginWrites } from './csrf.js';
import { documentRoutes } from './documents-routes.js';
import { assignRequestId, requestIdOf, requestIds } from './request-context.js';
import { securityHeaders } from './security-headers.js';
import { sendJson } from './send-json.js';
import { spreadsheetRoutes } from './spreadsheet-routes.js';
import { trpcEndpoint } from './trpc-endpoint.js';

/**
 * The HTTP entry point. tRPC mutations (POST /trpc/…) are answered straight from Node's request,
 * with the same request id, security headers and CSRF check: they are what a whole campaign sends
 * at once, and express's routing and response wrapping cost them more than the work. Everything
 * else, tRPC queries included (their answers can be long and are compressed), goes through express.
 */
export function createApp(deps: AppDeps, options: { webDir?: string } = {}): RequestListener {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  const trustProxy = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
  const security = securityHeaders();
  const trpc = trpcEndpoint({
    router: appRouter,
    maxBatchSize: 20,
    maxBodyBytes: 256 * 1024,
    createContext: async (req, res, origin): Promise<Context> => ({
      deps,
      origin: { ...origin, userAgent: req.headers['user-agent']?.slice(0, 300) ?? null },
      sessionToken: readSessionToken(req),
      cookies: sessionCookieJar(res, deps.config.secureCookies),
    }),
  });

  app.use(requestIds);
  app.use(security);
  // Most staff open the portal on a phone over mobile data: its scripts and the policy text are text.
  app.use(compression());
  app.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase(deps.db);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.use('/trpc', requireSameOriginWrites, (req, res, next) => {
    trpc(req, res, req.originalUrl, { requestId: requestIdOf(res), ip: req.ip ?? 'unknown' }).catch(next);
  });
  app.use('/api', documentRoutes(deps));
  app.use('/api', spreadsheetRoutes(deps));
  app.use('/api', adoptionMinutesRoutes(deps));
  serveWebApp(app, options.webDir ?? WEB_DIST_DIR);

  const mutation = (req: IncomingMessage, res: ServerResponse) => {
    const requestId = assignRequestId(req, res);
    security(req, res, () => {
      if (!isSameOriginWrite(req)) {
        rejectCrossSite(res);
        return;
      }
      const url = req.url ?? '/';
      trpc(req, res, url, { requestId, ip: proxyAddr(req, trustProxy) }).catch((error: unknown) =>
        failed(deps.logger, res, requestId, error),
      );
    });
  };
  return (req, res) => {
    if (req.method === 'POST' && req.url?.startsWith('/trpc/')) mutation(req, res);
    else app(req, res);
  };
}

/** tRPC answers its own errors; this is for what escapes it (a lost socket, a bug in the glue). */
function failed(logger: Logger, res: ServerResponse, requestId: string, error: unknown) {
  logger.error({ err: error, requestId }, 'tRPC request failed outside the procedure');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, 500, {
    error: { message: 'internal', data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500 } },
  });
}

function serveWebApp(app: express.Express, webDir: string) {
  const indexHtml = path.join(webDir, 'index.html');
  // Vite names every file under assets/ by its content hash: a new build gets new names, so these
  // never need revalidating (a returning phone loads the portal without refetching its scripts).
  app.use(
    '/assets',
    express.static(path.join(webDir, 'assets'), {
      index: false,
      maxAge: '1y',
      immutable: true,
    }),
  );
  app.use(express.static(webDir, { index: false, maxAge: '1h' }));
  // Client-side routes (/hr/people, /invite?token=…) all load the same shell.
  app.get(/^\/(?!trpc|healthz|assets|api\/).*/, (_req, res) => {
    if (!existsSync(indexHtml)) {
      res.status(503).type('text').send('The web app is not built. Run: pnpm --filter @qorgau/web build');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  app.use((_req, res) => {
    res.status(404).json({ error: 'notFound' });
  });
}
