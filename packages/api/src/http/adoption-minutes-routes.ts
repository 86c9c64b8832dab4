import { DomainError } from '@qorgau/core';
import { adoptionsRepository } from '@qorgau/db';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { AppDeps } from '../deps.js';
import { attachMinutes, MAX_MINUTES_BYTES } from '../services/adoption/minutes.js';
import { requireSameOriginWrites } from './csrf.js';
import { requestIdOf } from './request-context.js';
import { inSessionTenant } from './session-tenant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const STATUS_OF: Partial<Record<DomainError['code'], number>> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID: 400,
};

function idOf(req: Request): string {
  const id: unknown = req.params.id;
  return typeof id === 'string' && UUID.test(id) ? id : '';
}

function denied(res: Response, status: 401 | 403) {
  res.status(status).json({ error: status === 401 ? 'auth.required' : 'permission.denied' });
}

/** The scanned minutes of an adoption: uploaded once by who may record adoptions, read by who may read policy. */
export function adoptionMinutesRoutes(deps: AppDeps): Router {
  const routes = express.Router();

  routes.post(
    '/adoptions/:id/minutes',
    requireSameOriginWrites,
    express.raw({ type: () => true, limit: MAX_MINUTES_BYTES }),
    async (req, res) => {
      const adoptionId = idOf(req);
      if (!adoptionId) return void res.status(404).json({ error: 'adoption.notFound' });
      const body = req.body as unknown;
      const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : 'minutes.pdf';
      try {
        const outcome = await inSessionTenant(deps, req, 'policy.adopt', (tx, session) =>
          attachMinutes(
            tx,
            session.activeTenantId,
            {
              userId: session.userId,
              origin: {
                requestId: requestIdOf(res),
                ip: req.ip ?? 'unknown',
                userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
              },
            },
            { adoptionId, fileName, bytes },
          ),
        );
        if (outcome.status !== 200) return denied(res, outcome.status);
        res.json(outcome.value);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        res.status(STATUS_OF[error.code] ?? 400).json({ error: error.message, field: error.field });
      }
    },
  );

  routes.get('/adoptions/:id/minutes.pdf', async (req, res) => {
    const adoptionId = idOf(req);
    if (!adoptionId) return void res.status(404).json({ error: 'adoption.minutesNotFound' });
    const outcome = await inSessionTenant(deps, req, 'policy.read', (tx) =>
      adoptionsRepository.findMinutesContent(tx, adoptionId),
    );
    if (outcome.status !== 200) return denied(res, outcome.status);
    if (!outcome.value) return void res.status(404).json({ error: 'adoption.minutesNotFound' });
    res.attachment(outcome.value.fileName);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(outcome.value.content);
  });

  // body-parser answers an oversized upload before the route runs, in plain text; the page wants JSON.
  routes.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { type?: string }).type === 'entity.too.large') {
      return void res.status(413).json({ error: 'adoption.minutesTooLarge', field: 'file' });
    }
    next(error);
  });

  return routes;
}
