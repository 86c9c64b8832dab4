import { monitoringRepository } from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createMonitoringWorld, type MonitoringWorld } from '../support/monitoring-world.js';
import { trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let world: MonitoringWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createMonitoringWorld(database);
});
afterAll(() => database.drop());

const today = () => new Date().toISOString().slice(0, 10);

describe('the per-partner daily trend', () => {
  test('the upkeep records today’s row per partner, and running it twice keeps one row', async () => {
    // What runMonitoringUpkeep does, as the application role.
    await monitoringRepository.rollDay(database.appDb);
    await monitoringRepository.rollDay(database.appDb);
    const rows = await database.ownerDb
      .selectFrom('partner_daily')
      .select(['tenant_id', 'acknowledged', 'covered', 'overdue'])
      .where('day', '=', today())
      .where('tenant_id', 'in', [world.company.tenantId, world.university.tenantId])
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((row) => row.tenant_id === world.university.tenantId)).toMatchObject({
      acknowledged: 1,
      covered: 3,
      overdue: 2,
    });
  });

  test('project staff see the partner’s trend with today’s acknowledged count', async () => {
    const drill = await (await world.staff.caller()).monitoring.partner({
      organizationId: world.company.tenantId,
    });
    expect(drill.trend.target).toBeGreaterThan(0);
    expect(drill.trend.days.at(-1)).toEqual({
      day: today(),
      covered: 3,
      acknowledged: 3,
      acknowledgedShare: 1,
    });
  });

  test('an HR officer of a partner cannot read it', async () => {
    const caller = await world.hrOfCompany.caller();
    expect(await trpcCode(caller.monitoring.partner({ organizationId: world.company.tenantId }))).toBe(
      'FORBIDDEN',
    );
  });

  test('the application role can neither read nor write the table, nor call the reader unless staff', async () => {
    await expect(sql`select * from partner_daily`.execute(database.appDb)).rejects.toThrow(
      /permission denied/,
    );
    await expect(sql`delete from partner_daily`.execute(database.appDb)).rejects.toThrow(/permission denied/);
    await expect(
      sql`select * from app_monitoring_partner_trend(${world.company.tenantId}::uuid, current_date)`.execute(
        database.appDb,
      ),
    ).rejects.toThrow(/project staff only/);
  });
});
