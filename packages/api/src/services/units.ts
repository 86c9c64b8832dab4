import { notFound } from '@qorgau/core';
import { type Executor, unitsRepository } from '@qorgau/db';
import { type Actor, recordAudit } from './audit.js';

export async function listUnits(tx: Executor) {
  const rows = await unitsRepository.listUnitsWithCounts(tx);
  return rows.map((row) => ({ ...row, peopleCount: Number(row.peopleCount) }));
}

export async function createUnit(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { name: string; parentId?: string | undefined },
) {
  const unit = await unitsRepository.insertUnit(tx, {
    tenantId,
    name: input.name,
    parentId: input.parentId ?? null,
  });
  await recordAudit(tx, tenantId, actor, 'unit.created', { type: 'unit', id: unit.id });
  return unit;
}

export async function renameUnit(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { id: string; name: string },
) {
  const unit = await unitsRepository.renameUnit(tx, input.id, input.name);
  if (!unit) throw notFound('unit');
  await recordAudit(tx, tenantId, actor, 'unit.renamed', { type: 'unit', id: unit.id });
  return unit;
}
