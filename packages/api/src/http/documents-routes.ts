import { roleMayDo } from '@qorgau/core';
import { documentsRepository, peopleRepository } from '@qorgau/db';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppDeps } from '../deps.js';
import { RateLimitedError } from '../security/rate-limits.js';
import { verifyUploadedPdf } from '../services/documents/verify.js';
import { inSessionTenant } from './session-tenant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_UPLOAD = '25mb';

/** Binary endpoints that tRPC's JSON transport is not made for: download and upload of PDFs. */
export function documentRoutes(deps: AppDeps): Router {
  const routes = express.Router();

  // The same rules as the tenant procedures: a tenant transaction, membership, then the permission
  // table; staff without `documents.read` may fetch only documents about themselves.
  routes.get('/documents/:id/pdf', async (req, res) => {
    const id = req.params.id ?? '';
    if (!UUID.test(id)) return void res.status(404).json({ error: 'document.notFound' });
    const outcome = await inSessionTenant(
      deps,
      req,
      (roles) => roleMayDo(roles, 'documents.read') || roleMayDo(roles, 'documents.readOwn'),
      async (tx, session, roles) => {
        const found = await documentsRepository.findDocumentContent(tx, id);
        if (!found || roleMayDo(roles, 'documents.read')) return found;
        // Staff without documents.read may fetch only documents about themselves.
        const ownPersonId = await peopleRepository.findPersonIdByUser(tx, session.userId);
        return ownPersonId && found.personId === ownPersonId ? found : undefined;
      },
    );
    if (outcome.status === 401) return void res.status(401).json({ error: 'auth.required' });
    const document = outcome.status === 200 ? outcome.value : undefined;
    if (!document) return void res.status(404).json({ error: 'document.notFound' });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${document.publicId}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(document.content);
  });

  routes.post('/verify/upload', express.raw({ type: () => true, limit: MAX_UPLOAD }), async (req, res) => {
    try {
      await deps.rateLimits.consumeVerification(req.ip ?? 'unknown');
    } catch (error) {
      if (error instanceof RateLimitedError) {
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
        return void res
          .status(429)
          .json({ error: 'auth.rateLimited', retryAfterSeconds: error.retryAfterSeconds });
      }
      throw error;
    }
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body) || body.length === 0)
      return void res.status(400).json({ error: 'verify.noFile' });
    if (body.subarray(0, 5).toString('latin1') !== '%PDF-')
      return void res.status(400).json({ error: 'verify.notPdf' });
    res.json(await verifyUploadedPdf(deps.db, body));
  });

  // body-parser's own 413 is plain text; the verify page expects JSON it can translate.
  routes.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { type?: string }).type === 'entity.too.large') {
      return void res.status(413).json({ error: 'verify.tooLarge' });
    }
    next(error);
  });

  return routes;
}
