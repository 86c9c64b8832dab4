import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../database.js';
import type { Executor } from './executor.js';

export interface PeopleQuery {
  page: number;
  pageSize: number;
  search?: string | undefined;
  unitId?: string | undefined;
  status?: 'active' | 'inactive' | undefined;
  sortBy: 'fullName' | 'position' | 'unit' | 'number' | 'createdAt';
  sortDirection: 'asc' | 'desc';
}

export interface PersonFields {
  fullName: string;
  email: string | null;
  position: string | null;
  unitId: string | null;
  number: string | null;
  kind: 'employee' | 'student';
  language: 'kk' | 'ru' | 'en';
}

const SORT_COLUMNS = {
  fullName: 'people.full_name',
  position: 'people.position',
  unit: 'units.name',
  number: 'people.number',
  createdAt: 'people.created_at',
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function baseQuery(db: Executor) {
  return db
    .selectFrom('people')
    .leftJoin('units', (join) =>
      join.onRef('units.tenant_id', '=', 'people.tenant_id').onRef('units.id', '=', 'people.unit_id'),
    );
}

const PERSON_COLUMNS = [
  'people.id',
  'people.full_name as fullName',
  'people.email',
  'people.position',
  'people.unit_id as unitId',
  'units.name as unitName',
  'people.number',
  'people.kind',
  'people.language',
  'people.status',
  'people.created_at as createdAt',
] as const;

function lastInvitation(eb: ExpressionBuilder<Database, 'people'>) {
  return eb
    .selectFrom('invitations')
    .select((inner) => inner.fn.max('invitations.created_at').as('invited'))
    .whereRef('invitations.tenant_id', '=', 'people.tenant_id')
    .whereRef('invitations.person_id', '=', 'people.id')
    .where('invitations.revoked_at', 'is', null)
    .as('invitedAt');
}

export async function listPeople(db: Executor, query: PeopleQuery) {
  let filtered = baseQuery(db);
  if (query.search) {
    const pattern = `%${escapeLike(query.search)}%`;
    filtered = filtered.where((eb) => {
      const folded = eb.fn<string>('app_search_fold', [eb.val(pattern)]);
      return eb.or(
        (['people.full_name', 'people.email', 'people.number', 'people.position'] as const).map((column) =>
          eb(eb.fn('app_search_fold', [column]), 'like', folded),
        ),
      );
    });
  }
  if (query.unitId) filtered = filtered.where('people.unit_id', '=', query.unitId);
  if (query.status) filtered = filtered.where('people.status', '=', query.status);

  const totalRow = await filtered
    .select((eb) => eb.fn.countAll<string>().as('total'))
    .executeTakeFirstOrThrow();
  const items = await filtered
    .select(PERSON_COLUMNS)
    .select((eb) => [eb('people.user_id', 'is not', null).as('hasAccount'), lastInvitation(eb)])
    .orderBy(sql.ref(SORT_COLUMNS[query.sortBy]), (ob) =>
      query.sortDirection === 'asc' ? ob.asc().nullsLast() : ob.desc().nullsLast(),
    )
    .orderBy('people.id')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return { items, total: Number(totalRow.total) };
}

export function findPerson(db: Executor, id: string) {
  return baseQuery(db)
    .select(PERSON_COLUMNS)
    .select((eb) => [eb('people.user_id', 'is not', null).as('hasAccount'), lastInvitation(eb)])
    .where('people.id', '=', id)
    .executeTakeFirst();
}

export async function findPersonRecord(db: Executor, id: string) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

function columnsOf(fields: PersonFields) {
  return {
    full_name: fields.fullName,
    email: fields.email,
    position: fields.position,
    unit_id: fields.unitId,
    number: fields.number,
    kind: fields.kind,
    language: fields.language,
  };
}

export async function insertPerson(db: Executor, tenantId: string, fields: PersonFields): Promise<string> {
  const row = await db
    .insertInto('people')
    .values({ tenant_id: tenantId, ...columnsOf(fields) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updatePerson(db: Executor, id: string, fields: PersonFields): Promise<boolean> {
  const result = await db
    .updateTable('people')
    .set({ ...columnsOf(fields), updated_at: new Date() })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function setPersonStatus(
  db: Executor,
  id: string,
  status: 'active' | 'inactive',
): Promise<boolean> {
  const now = new Date();
  const result = await db
    .updateTable('people')
    .set({ status, deactivated_at: status === 'inactive' ? now : null, updated_at: now })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

export async function linkPersonToUser(db: Executor, id: string, userId: string) {
  await db
    .updateTable('people')
    .set({ user_id: userId, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function findPersonByUser(db: Executor, userId: string) {
  return baseQuery(db)
    .select(['people.id', 'people.full_name as fullName', 'people.position', 'units.name as unitName'])
    .where('people.user_id', '=', userId)
    .executeTakeFirst();
}

export async function listActivePersonIds(db: Executor, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('people')
    .select('id')
    .where('status', '=', 'active')
    .orderBy('full_name')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

export async function findPersonIdByUser(db: Executor, userId: string): Promise<string | null> {
  const row = await db.selectFrom('people').select('id').where('user_id', '=', userId).executeTakeFirst();
  return row?.id ?? null;
}
