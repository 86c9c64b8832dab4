import type { Audience } from '@qorgau/core';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../database.js';
import type { Executor } from './executor.js';

export type { Audience };

/**
 * Active people the audience names. A person "joined" on their hiring date, or on the (Almaty) day
 * they were added to the directory when HR never gave one.
 */
export function inAudience(
  eb: ExpressionBuilder<Database, 'people'>,
  audience: Audience,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('people.status', '=', 'active')];
  if (audience.unitIds?.length) conditions.push(eb('people.unit_id', 'in', audience.unitIds));
  if (audience.kinds?.length) conditions.push(eb('people.kind', 'in', audience.kinds));
  if (audience.positions?.length) {
    conditions.push(
      sql<SqlBool>`lower(btrim(people.position)) in (select lower(btrim(p)) from unnest(${audience.positions}::text[]) p)`,
    );
  }
  if (audience.joinedSince) {
    conditions.push(
      sql<SqlBool>`coalesce(people.hired_on, (people.created_at at time zone 'Asia/Almaty')::date) >= ${audience.joinedSince}::date`,
    );
  }
  return eb.and(conditions);
}

/** Everyone active in the audience gets an assignment, in one statement however large the directory. */
export async function assignAudience(
  db: Executor,
  assignment: { tenantId: string; campaignId: string; dueDate: string; audience: Audience },
): Promise<number> {
  const people = db
    .selectFrom('people')
    .select([
      sql<string>`${assignment.tenantId}::uuid`.as('tenant_id'),
      sql<string>`${assignment.campaignId}::uuid`.as('campaign_id'),
      'id as person_id',
      sql<string>`${assignment.dueDate}::date`.as('due_date'),
    ])
    .where((eb) => inAudience(eb, assignment.audience));
  const result = await db
    .insertInto('ack_assignments')
    .columns(['tenant_id', 'campaign_id', 'person_id', 'due_date'])
    .expression(people)
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/**
 * People just added who fall in the campaign's audience join it, each due `windowDays` after their
 * own start (their hiring date when still ahead, today otherwise). One statement for a whole import.
 */
export async function assignJoiners(
  db: Executor,
  joiners: {
    tenantId: string;
    campaignId: string;
    audience: Audience;
    personIds: string[];
    today: string;
    windowDays: number;
  },
): Promise<number> {
  if (joiners.personIds.length === 0) return 0;
  const people = db
    .selectFrom('people')
    .select([
      sql<string>`${joiners.tenantId}::uuid`.as('tenant_id'),
      sql<string>`${joiners.campaignId}::uuid`.as('campaign_id'),
      'id as person_id',
      sql<string>`greatest(${joiners.today}::date, coalesce(people.hired_on, ${joiners.today}::date)) + ${joiners.windowDays}::integer`.as(
        'due_date',
      ),
    ])
    .where(sql<SqlBool>`people.id = any(${joiners.personIds}::uuid[])`)
    .where((eb) => inAudience(eb, joiners.audience));
  const result = await db
    .insertInto('ack_assignments')
    .columns(['tenant_id', 'campaign_id', 'person_id', 'due_date'])
    .expression(people)
    .onConflict((conflict) => conflict.columns(['tenant_id', 'campaign_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

export async function audienceSize(db: Executor, audience: Audience): Promise<number> {
  const row = await db
    .selectFrom('people')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where((eb) => inAudience(eb, audience))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

const MAX_POSITIONS = 1000;

/** What HR can narrow a campaign to: the kinds and the positions of active people, most common first. */
export async function audienceChoices(db: Executor) {
  const kinds = await db
    .selectFrom('people')
    .select(['kind', (eb) => eb.fn.countAll<string>().as('count')])
    .where('status', '=', 'active')
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  // Spellings differing only in case or spaces are one position; the most frequent spelling names it.
  const positions = await sql<{ position: string; count: string }>`
    select mode() within group (order by btrim(position)) as position, count(*) as count
    from people
    where status = 'active' and btrim(coalesce(position, '')) <> ''
    group by lower(btrim(position))
    order by count(*) desc, 1
    limit ${MAX_POSITIONS}`.execute(db);
  return {
    kinds: kinds.map((row) => ({ kind: row.kind, count: Number(row.count) })),
    positions: positions.rows.map((row) => ({ position: row.position, count: Number(row.count) })),
  };
}

/** How many of the given units this organisation has: fewer means some id is unknown or foreign. */
export async function countUnits(db: Executor, unitIds: string[]): Promise<number> {
  if (unitIds.length === 0) return 0;
  const row = await db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('id', 'in', unitIds)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
