import { existsSync } from 'node:fs';
import path from 'node:path';
import { pingDatabase } from '@qorgau/db';
import compression from 'compression';
import express, { type Express } from 'express';
import type { AppDeps } from '../deps.js';
import { WEB_DIST_DIR } from '../paths.js';
import { appRouter } from '../router.js';
import type { Context } from '../trpc/context.js';
import { adoptionMinutesRoutes } from './adoption-minutes-routes.js';
import { readSessionToken, sessionCookieJar } from './cookies.js';
import { requireSameOriginWrites } from './csrf.js';
import { documentRoutes } from './documents-routes.js';
import { assignRequestId, requestIdOf } from './request-context.js';
import { securityHeaders } from './security-headers.js';
import { spreadsheetRoutes } from './spreadsheet-routes.js';
import { trpcEndpoint } from './trpc-endpoint.js';

export function createApp(deps: AppDeps, options: { webDir?: string } = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(assignRequestId);
  app.use(securityHeaders());
  // Most staff open the portal on a phone over mobile data: its scripts and the policy text are text.
  // API writes answer with a few hundred bytes, not worth wrapping the response to compress.
  const compress = compression();
  app.use((req, res, next) => {
    if (req.method === 'POST' && req.path.startsWith('/trpc/')) return next();
    return compress(req, res, next);
  });

  app.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase(deps.db);
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/trpc',
    requireSameOriginWrites,
    trpcEndpoint({
      router: appRouter,
      maxBatchSize: 20,
      maxBodyBytes: 256 * 1024,
      createContext: async (req, res): Promise<Context> => ({
        deps,
        origin: {
          requestId: requestIdOf(res),
          ip: req.ip ?? 'unknown',
          userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
        },
        sessionToken: readSessionToken(req),
        cookies: sessionCookieJar(res, deps.config.secureCookies),
      }),
    }),
  );

  app.use('/api', documentRoutes(deps));
  app.use('/api', spreadsheetRoutes(deps));
  app.use('/api', adoptionMinutesRoutes(deps));

  const webDir = options.webDir ?? WEB_DIST_DIR;
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
  return app;
}
