import type { Executor } from './executor.js';

export function listUnitsWithCounts(db: Executor) {
  return db
    .selectFrom('units')
    .leftJoin('people', (join) =>
      join
        .onRef('people.tenant_id', '=', 'units.tenant_id')
        .onRef('people.unit_id', '=', 'units.id')
        .on('people.status', '=', 'active'),
    )
    .select(['units.id', 'units.name', 'units.parent_id as parentId'])
    .select((eb) => eb.fn.count<string>('people.id').as('peopleCount'))
    .groupBy(['units.tenant_id', 'units.id'])
    .orderBy('units.name')
    .execute();
}

export function findUnit(db: Executor, id: string) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'parent_id as parentId'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertUnit(db: Executor, unit: { tenantId: string; name: string; parentId: string | null }) {
  return db
    .insertInto('units')
    .values({ tenant_id: unit.tenantId, name: unit.name, parent_id: unit.parentId })
    .returning(['id', 'name', 'parent_id as parentId'])
    .executeTakeFirstOrThrow();
}

export function renameUnit(db: Executor, id: string, name: string) {
  return db
    .updateTable('units')
    .set({ name, updated_at: new Date() })
    .where('id', '=', id)
    .returning(['id', 'name', 'parent_id as parentId'])
    .executeTakeFirst();
}
