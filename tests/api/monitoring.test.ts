import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  createMonitoringWorld,
  type MonitoringWorld,
  report,
  TYPES,
  zeros,
} from '../support/monitoring-world.js';
import { trpcCode } from '../support/procedures.js';

let database: TestDatabase;
let world: MonitoringWorld;

beforeAll(async () => {
  database = await createTestDatabase();
  world = await createMonitoringWorld(database);
});
afterAll(() => database.drop());

describe('the partners dashboard', () => {
  test('shows each partner with its stage, rates and overdue counts, filtered by kind', async () => {
    const page = await (await world.staff.caller()).monitoring.dashboard({
      sort: 'acknowledgementRate',
      direction: 'desc',
    });
    const mine = page.partners.filter((p) =>
      [world.company.tenantId, world.university.tenantId].includes(p.organizationId),
    );
    const byId = new Map(mine.map((partner) => [partner.organizationId, partner]));
    expect(byId.get(world.company.tenantId)).toMatchObject({
      stage: 'acknowledged',
      covered: 3,
      acknowledged: 3,
      acknowledgementRate: 1,
      overdue: { acknowledgements: 0 },
    });
    expect(byId.get(world.university.tenantId)).toMatchObject({
      stage: 'published',
      acknowledged: 1,
      pending: 2,
      overdue: { acknowledgements: 2, reports: 1 },
    });
    const universities = await (await world.staff.caller()).monitoring.dashboard({ kind: 'university' });
    expect(universities.partners.every((partner) => partner.kind === 'university')).toBe(true);
    expect(universities.partners.map((p) => p.organizationId)).toContain(world.university.tenantId);
  });

  test('a lower target moves a partner to the acknowledged stage, and indicators follow it', async () => {
    const caller = await world.staff.caller();
    await caller.monitoring.setTargets({
      companiesAdopted: 10,
      universitiesAdopted: 5,
      acknowledgedShare: 0.3,
      trainedShare: 0.8,
      timelyResponsesBaseline: 10,
      timelyResponsesIncrease: 0.1,
    });
    const page = await caller.monitoring.dashboard({ kind: 'university' });
    expect(page.partners.find((p) => p.organizationId === world.university.tenantId)?.stage).toBe(
      'acknowledged',
    );
    const { indicators, targets } = await caller.monitoring.indicators();
    expect(targets.acknowledgedShare).toBeCloseTo(0.3);
    const timely = indicators.find((indicator) => indicator.key === 'timelyResponses');
    expect(timely).toMatchObject({ target: 11, baseline: 10 });
    const share = indicators.find((indicator) => indicator.key === 'acknowledgedShare');
    expect(share?.value).toBeCloseTo(4 / 6);
    expect(share?.trend.at(-1)?.value).toBeCloseTo(4 / 6);
  });

  test('charts and the drill-down stay aggregate', async () => {
    const caller = await world.staff.caller();
    const charts = await caller.monitoring.charts();
    expect(charts.funnel[0]?.stage).toBe('invited');
    expect(charts.ratesPerPartner.map((row) => row.organizationId)).toEqual(
      expect.arrayContaining([world.company.tenantId, world.university.tenantId]),
    );
    const drill = await caller.monitoring.partner({ organizationId: world.company.tenantId });
    // Three people are too few to show as a unit of their own: their row is pooled and names no unit.
    expect(drill.units).toEqual([
      expect.objectContaining({ pooled: true, unitId: null, name: null, people: 3, acknowledged: 3 }),
    ]);
    expect(drill.timeline.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['invited', 'campaign_started']),
    );
  });

  test('every view is audited in the programme’s chain', async () => {
    const rows = await sql<{ action: string; view: string }>`
      select action, details->>'view' as view from audit_log where action = 'programme.monitoringViewed'`.execute(
      database.ownerDb,
    );
    expect(new Set(rows.rows.map((row) => row.view))).toEqual(
      new Set(['dashboard', 'indicators', 'charts', 'partner']),
    );
  });
});

describe('quarterly case-response reports', () => {
  test('are validated for consistency and never for a future quarter', async () => {
    const caller = await world.hrOfCompany.caller();
    expect(await trpcCode(caller.caseReports.submit(report(5, { acknowledgedInTime: 6 })))).toBe(
      'BAD_REQUEST',
    );
    expect(await trpcCode(caller.caseReports.submit(report(5, { byType: zeros(TYPES) })))).toBe(
      'BAD_REQUEST',
    );
    expect(await trpcCode(caller.caseReports.submit(report(1, { year: 2099 })))).not.toBe('OK');
  });

  test('cells under five reach project staff only as "<5", complementary cells too', async () => {
    await (await world.hrOfCompany.caller()).caseReports.submit(
      report(22, {
        byChannel: { hotline: 5, email: 5, in_person: 5, online: 5, other: 2 },
        acknowledgedInTime: 3,
      }),
    );
    await (await world.hrOfUniversity.caller()).caseReports.submit(report(3));
    const own = await (await world.hrOfCompany.caller()).caseReports.list();
    expect(own[0]).toMatchObject({ received: 22, acknowledgedInTime: 3 });

    const view = await (await world.staff.caller()).monitoring.caseReports({ year: 2026, quarter: 2 });
    const companyReport = view.byPartner.find((p) => p.organizationId === world.company.tenantId)?.reports[0];
    expect(companyReport).toMatchObject({ received: 22, acknowledgedInTime: '<5', respondedInTime: 22 });
    // One hidden cell could be recovered from the total, so a second one is hidden with it.
    expect(companyReport?.byChannel.other).toBe('<5');
    expect(Object.values(companyReport?.byChannel ?? {}).filter((cell) => cell === '<5')).toHaveLength(2);
    const universityReport = view.byPartner.find((p) => p.organizationId === world.university.tenantId)
      ?.reports[0];
    expect(universityReport).toMatchObject({
      received: '<5',
      respondedInTime: '<5',
      medianDaysToRespond: null,
    });
    expect(view.totals.received).toBe(25);
    const raw = JSON.stringify(view);
    expect(raw).not.toMatch(
      /"(received|acknowledgedInTime|investigated|respondedInTime|hotline|email|in_person|online|other|harassment)":[1-4][,}]/,
    );
  });
});

describe('the donor report', () => {
  test('is a signed PDF of the NGO, verifiable by its public id, and the same figures give the same document', async () => {
    const caller = await world.staff.caller();
    const first = await caller.monitoring.issueDonorReport({ language: 'kk' });
    const again = await caller.monitoring.issueDonorReport({ language: 'kk' });
    expect(again.publicId).toBe(first.publicId);
    const verified = await (await world.staff.caller()).verify.byId({ publicId: first.publicId });
    expect(verified).toMatchObject({ found: true });
    const stored = await database.ownerDb
      .selectFrom('documents')
      .select(['kind', 'content'])
      .where('public_id', '=', first.publicId)
      .executeTakeFirstOrThrow();
    expect(stored.kind).toBe('monitoring-report');
    expect(stored.content.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
