import type { Language } from '@qorgau/core';
import { monitoringRepository } from '@qorgau/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { monitoringCsv, monitoringExport, monitoringXlsx } from '../services/monitoring/export.js';
import { requestIdOf } from './request-context.js';
import { inSessionTenant } from './session-tenant.js';

const KINDS = new Set(['company', 'university']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LANGUAGES = new Set(['kk', 'ru', 'en']);

/** The donor report's data as CSV or XLSX, and the signed donor report itself, for project staff only. */
export function addMonitoringExport(routes: Router, deps: AppDeps) {
  routes.get('/monitoring/donor-report/:id.pdf', async (req, res) => {
    const id = req.params.id ?? '';
    if (!UUID.test(id)) return void res.status(404).json({ error: 'document.notFound' });
    const outcome = await inSessionTenant(deps, req, 'monitoring.read', (tx) =>
      monitoringRepository.findDonorReport(tx, id),
    );
    if (outcome.status !== 200) return void res.status(outcome.status).json({ error: 'permission.denied' });
    if (!outcome.value) return void res.status(404).json({ error: 'document.notFound' });
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${outcome.value.publicId}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(outcome.value.content);
  });
  routes.get('/monitoring/export.:format', async (req, res) => {
    const format = req.params.format;
    const kind = typeof req.query.kind === 'string' && KINDS.has(req.query.kind) ? req.query.kind : undefined;
    const language = (
      typeof req.query.language === 'string' && LANGUAGES.has(req.query.language) ? req.query.language : 'en'
    ) as Language;
    if (format !== 'csv' && format !== 'xlsx') return void res.status(404).json({ error: 'notFound' });
    const now = deps.clock();
    const outcome = await inSessionTenant(deps, req, 'monitoring.read', (tx, session) =>
      monitoringExport(
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
        { language, kind: kind as 'company' | undefined },
        now,
      ),
    );
    if (outcome.status !== 200) return void res.status(outcome.status).json({ error: 'permission.denied' });
    const day = now.toISOString().slice(0, 10);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="programme-monitoring-${day}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(monitoringCsv(outcome.value));
    else
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await monitoringXlsx(outcome.value));
  });
}
