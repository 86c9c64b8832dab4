import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { trackingCsv, trackingXlsx, trainingTracking } from '../services/training/tracking.js';
import { inSessionTenant } from './session-tenant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const STATUSES = new Set(['pending', 'completed', 'overdue']);

function optionalId(value: unknown): string | undefined | null {
  if (value === undefined || value === '') return undefined;
  return typeof value === 'string' && UUID.test(value) ? value : null;
}

/** HR's training tracking as CSV or XLSX, with the same filters as training.tracking. */
export function addTrainingExport(routes: Router, deps: AppDeps) {
  routes.get('/training/export.:format', async (req, res) => {
    const format = req.params.format;
    const assignmentId = optionalId(req.query.assignmentId);
    const unitId = optionalId(req.query.unitId);
    const status =
      typeof req.query.status === 'string' && STATUSES.has(req.query.status) ? req.query.status : undefined;
    if ((format !== 'csv' && format !== 'xlsx') || assignmentId === null || unitId === null)
      return void res.status(404).json({ error: 'notFound' });
    const today = deps.clock().toISOString().slice(0, 10);
    const outcome = await inSessionTenant(deps, req, 'training.read', (tx) =>
      trainingTracking(tx, { assignmentId, unitId, status: status as 'pending' | undefined }, today),
    );
    if (outcome.status !== 200) return void res.status(outcome.status).json({ error: 'permission.denied' });
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', `attachment; filename="training-${today}.${format}"`);
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(trackingCsv(outcome.value));
    else
      res
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await trackingXlsx(outcome.value));
  });
}
