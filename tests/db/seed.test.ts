import { seedDemo } from '@qorgau/api';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function counts() {
  const result = await sql<Record<string, string>>`select
    (select count(*) from organizations) as organizations,
    (select count(*) from organizations where kind = 'company') as companies,
    (select count(*) from organizations where kind = 'university') as universities,
    (select count(*) from people) as people,
    (select count(*) from units) as units,
    (select count(*) from users) as users,
    (select count(*) from memberships) as memberships,
    (select count(*) from audit_log) as audit`.execute(database.ownerDb);
  return result.rows[0];
}

test('the demo seed creates the programme and 15 partners, and running it twice changes nothing', async () => {
  const first = await seedDemo(database.ownerDb);
  expect(first.organizations).toBe(16);
  const after = await counts();
  expect(after).toMatchObject({ organizations: '16', companies: '10', universities: '5' });
  const second = await seedDemo(database.ownerDb);
  expect(second).toEqual({ organizations: 0, logins: 0 });
  expect(await counts()).toEqual(after);
});

test('each partner has 20 to 200 people in units, with Kazakh and Russian names', async () => {
  const result = await sql<{ people: string; units: string }>`
    select count(p.*) as people, count(distinct p.unit_id) as units from organizations o
    join people p on p.tenant_id = o.tenant_id where o.kind <> 'ngo' group by o.tenant_id`.execute(
    database.ownerDb,
  );
  expect(result.rows).toHaveLength(15);
  for (const row of result.rows) {
    expect(Number(row.people)).toBeGreaterThanOrEqual(20);
    expect(Number(row.people)).toBeLessThanOrEqual(200);
    expect(Number(row.units)).toBeGreaterThan(1);
  }
  const kazakh = await sql<{
    count: string;
  }>`select count(*) from people where full_name ~ '[әғқңөұүһі]'`.execute(database.ownerDb);
  expect(Number(kazakh.rows[0]?.count)).toBeGreaterThan(100);
});
