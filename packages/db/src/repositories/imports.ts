import { type Insertable, sql, type Updateable } from 'kysely';
import type { PeopleTable } from '../database.js';
import type { Executor } from './executor.js';

export async function insertImportRun(
  db: Executor,
  run: {
    tenantId: string;
    fileName: string;
    format: 'csv' | 'xlsx';
    totalRows: number;
    rejected: unknown;
    validRows: unknown;
    createdBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('import_runs')
    .values({
      tenant_id: run.tenantId,
      file_name: run.fileName,
      format: run.format,
      total_rows: run.totalRows,
      rejected: JSON.stringify(run.rejected),
      valid_rows: JSON.stringify(run.validRows),
      created_by: run.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export function findImportRun(db: Executor, id: string) {
  return db.selectFrom('import_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Locks the run so two clicks on "apply" cannot both apply it. */
export async function markImportApplied(db: Executor, id: string, summary: unknown): Promise<boolean> {
  const result = await db
    .updateTable('import_runs')
    .set({ status: 'applied', applied_at: new Date(), summary: JSON.stringify(summary) })
    .where('id', '=', id)
    .where('status', '=', 'previewed')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Everyone in the directory, in the shape the import planner compares against. */
export function directoryForImport(db: Executor) {
  return db
    .selectFrom('people')
    .leftJoin('units', (join) =>
      join.onRef('units.tenant_id', '=', 'people.tenant_id').onRef('units.id', '=', 'people.unit_id'),
    )
    .select([
      'people.id',
      'people.number',
      'people.email',
      'people.full_name as fullName',
      'units.name as unitName',
      'people.position',
      'people.hired_on as hiredOn',
      'people.language',
      'people.kind',
      'people.status',
    ])
    .execute();
}

export function unitIdsByName(db: Executor) {
  return db.selectFrom('units').select(['id', 'name']).execute();
}

export async function insertUnits(db: Executor, tenantId: string, names: string[]) {
  if (names.length === 0) return;
  await db
    .insertInto('units')
    .values(names.map((name) => ({ tenant_id: tenantId, name })))
    .onConflict((conflict) => conflict.expression(sql`tenant_id, lower(name)`).doNothing())
    .execute();
}

type PersonColumns = Updateable<PeopleTable>;

export async function updatePersonColumns(db: Executor, id: string, columns: PersonColumns) {
  await db
    .updateTable('people')
    .set({ ...columns, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** Returns the new ids, so the people just added can join the campaign in force. */
export async function insertPeople(db: Executor, rows: Insertable<PeopleTable>[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await db.insertInto('people').values(rows).returning('id').execute();
  return inserted.map((row) => row.id);
}

/** Written from a short transaction of its own, so other requests see it while the import runs. */
export async function saveImportProgress(
  db: Executor,
  progress: { tenantId: string; runId: string; done: number; total: number },
) {
  await db
    .insertInto('import_progress')
    .values({
      tenant_id: progress.tenantId,
      run_id: progress.runId,
      done: progress.done,
      total: progress.total,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['tenant_id', 'run_id'])
        .doUpdateSet({ done: progress.done, total: progress.total, updated_at: new Date() }),
    )
    .execute();
}

export function findImportProgress(db: Executor, runId: string) {
  return db
    .selectFrom('import_runs')
    .leftJoin('import_progress', (join) =>
      join
        .onRef('import_progress.tenant_id', '=', 'import_runs.tenant_id')
        .onRef('import_progress.run_id', '=', 'import_runs.id'),
    )
    .select([
      'import_runs.status',
      'import_runs.summary',
      'import_progress.done',
      'import_progress.total',
      'import_progress.updated_at as updatedAt',
    ])
    .where('import_runs.id', '=', runId)
    .executeTakeFirst();
}

export async function deactivatePeople(db: Executor, ids: string[]) {
  if (ids.length === 0) return;
  const now = new Date();
  await db
    .updateTable('people')
    .set({ status: 'inactive', deactivated_at: now, updated_at: now })
    .where('id', 'in', ids)
    .execute();
}
