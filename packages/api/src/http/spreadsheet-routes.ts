import { DomainError } from '@qorgau/core';
import express, { type Router } from 'express';
import type { AppDeps } from '../deps.js';
import { campaignRoster, rosterCsv, rosterXlsx } from '../services/acknowledgement/roster.js';
import { previewImport } from '../services/people-import/preview.js';
import { requireSameOriginWrites } from './csrf.js';
import { addMonitoringExport } from './monitoring-spreadsheet.js';
import { requestIdOf } from './request-context.js';
import { inSessionTenant } from './session-tenant.js';
import { addTrainingExport } from './training-spreadsheet.js';

const MAX_FILE = '30mb';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Spreadsheets in and out: the people import upload, and campaign exports. */
export function spreadsheetRoutes(deps: AppDeps): Router {
  const routes = express.Router();
  routes.post(
    '/people/import',
    requireSameOriginWrites,
    express.raw({ type: () => true, limit: MAX_FILE }),
    async (req, res) => {
      const body = req.body as unknown;
      if (!Buffer.isBuffer(body) || body.length === 0)
        return void res.status(400).json({ error: 'import.noFile' });
      const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : 'people.csv';
      // A mapping HR corrected in the preview; without one, the columns are recognised from the headers.
      let mapping: unknown;
      if (typeof req.query.mapping === 'string') {
        try {
          mapping = JSON.parse(req.query.mapping);
        } catch {
          return void res.status(400).json({ error: 'import.mappingInvalid', field: 'mapping' });
        }
      }
      try {
        const outcome = await inSessionTenant(deps, req, 'people.write', (tx, session) =>
          previewImport(
            tx,
            session.activeTenantId,
            {
              userId: session.userId,
              origin: {
                requestId: requestIdOf(res),
                ip: req.ip ?? 'unknown',
                userAgent: req.headers['user-agent'] ?? null,
              },
            },
            { bytes: body, fileName, ...(mapping === undefined ? {} : { mapping }) },
            deps.clock().toISOString().slice(0, 10),
          ),
        );
        if (outcome.status !== 200)
          return void res
            .status(outcome.status)
            .json({ error: outcome.status === 401 ? 'auth.required' : 'permission.denied' });
        res.json(outcome.value);
      } catch (error) {
        if (error instanceof DomainError)
          return void res.status(400).json({ error: error.message, field: error.field });
        throw error;
      }
    },
  );
  routes.get('/campaigns/:id/export.:format', async (req, res) => {
    const format = req.params.format;
    const id = req.params.id ?? '';
    if ((format !== 'csv' && format !== 'xlsx') || !UUID.test(id))
      return void res.status(404).json({ error: 'notFound' });
    try {
      const outcome = await inSessionTenant(deps, req, 'campaigns.read', (tx) => campaignRoster(tx, id));
      if (outcome.status !== 200) return void res.status(outcome.status).json({ error: 'permission.denied' });
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Content-Disposition', `attachment; filename="acknowledgements-${id}.${format}"`);
      if (format === 'csv') {
        res.type('text/csv; charset=utf-8').send(rosterCsv(outcome.value));
      } else {
        res
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await rosterXlsx(outcome.value));
      }
    } catch (error) {
      if (error instanceof DomainError) return void res.status(404).json({ error: error.message });
      throw error;
    }
  });
  addTrainingExport(routes, deps);
  addMonitoringExport(routes, deps);
  return routes;
}
