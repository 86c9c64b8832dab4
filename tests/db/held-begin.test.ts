import { createDb, type Db } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

// The pool's client holds a transaction's BEGIN back until the first statement, and sends it with
// that statement when it is marked as opening the transaction. One connection, so every test also
// shows what the previous one left on it.
let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase({ empty: true });
  db = createDb({ connectionString: database.appUrl, max: 1 });
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

async function outsideTransaction() {
  const { rows } = await sql<{ xact: string | null; tenant: string | null }>`
    select pg_current_xact_id_if_assigned()::text as xact,
           nullif(current_setting('app.tenant_id', true), '') as tenant`.execute(db);
  return rows[0];
}

describe('a transaction opened with its first statement', () => {
  test('gets every kind of parameter written in faithfully, and runs in the one transaction', async () => {
    const at = new Date('2026-11-28T10:15:30.123Z');
    const tricky = `O'Brien \\ "Қазақ" $2 --`;
    const result = await db.transaction().execute(async (tx) => {
      const opened = await sql<{ bytes: boolean; at: Date; text: string; nothing: boolean; xact: string }>`
        /* opens-transaction */
        select ${Buffer.from([0, 255, 39, 92])}::bytea = decode('00ff275c', 'hex') as bytes,
               ${at}::timestamptz as at, ${tricky}::text as text, ${null}::text is null as nothing,
               set_config('app.tenant_id', ${tricky}, true) is not null as pinned,
               pg_current_xact_id()::text as xact`.execute(tx);
      const later = await sql<{ xact: string; tenant: string }>`
        select pg_current_xact_id()::text as xact, current_setting('app.tenant_id') as tenant`.execute(tx);
      return { opened: opened.rows[0], later: later.rows[0] };
    });
    expect(result.opened).toMatchObject({ bytes: true, at, text: tricky, nothing: true });
    expect(result.later).toEqual({ xact: result.opened?.xact, tenant: tricky });
    expect(await outsideTransaction()).toEqual({ xact: null, tenant: null });
  });

  test('a failing opening statement rolls back and leaves the connection usable', async () => {
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`/* opens-transaction */ select set_config('app.tenant_id', 'x', true), 1 / ${0}::int`.execute(
          tx,
        );
      }),
    ).rejects.toThrow(/division by zero/);
    expect(await outsideTransaction()).toEqual({ xact: null, tenant: null });
  });

  test('a failure after it rolls the whole transaction back', async () => {
    await expect(
      db.transaction().execute(async (tx) => {
        await sql`/* opens-transaction */ select set_config('app.tenant_id', ${'t1'}, true)`.execute(tx);
        await sql`create temporary table held_begin_probe (id int)`.execute(tx);
        throw new Error('work failed');
      }),
    ).rejects.toThrow('work failed');
    const { rows } = await sql<{ exists: boolean }>`
      select to_regclass('pg_temp.held_begin_probe') is not null as exists`.execute(db);
    expect(rows[0]?.exists).toBe(false);
    expect(await outsideTransaction()).toEqual({ xact: null, tenant: null });
  });
});

describe('other transactions', () => {
  test('an unmarked first statement still runs inside BEGIN', async () => {
    const xacts = await db.transaction().execute(async (tx) => {
      const first = await sql<{
        xact: string;
      }>`select pg_current_xact_id()::text as xact, ${'a'}::text`.execute(tx);
      const second = await sql<{ xact: string }>`select pg_current_xact_id()::text as xact`.execute(tx);
      return [first.rows[0]?.xact, second.rows[0]?.xact];
    });
    expect(xacts[0]).toBeDefined();
    expect(xacts[1]).toBe(xacts[0]);
  });

  test('a transaction that sends nothing commits and rolls back without a round trip', async () => {
    await expect(db.transaction().execute(async () => 'nothing sent')).resolves.toBe('nothing sent');
    await expect(
      db.transaction().execute(async () => {
        throw new Error('before any statement');
      }),
    ).rejects.toThrow('before any statement');
    expect(await outsideTransaction()).toEqual({ xact: null, tenant: null });
  });
});
