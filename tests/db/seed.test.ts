import { DEMO_LOGINS, seedDemo } from '@qorgau/api';
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
    (select count(*) from training_assignments) as training_assignments,
    (select count(*) from training_enrolments) as training_enrolments,
    (select count(*) from training_attempts) as training_attempts,
    (select count(*) from training_completions) as training_completions,
    (select count(*) from policy_versions) as policy_versions,
    (select count(*) from policy_state_changes) as policy_state_changes,
    (select count(*) from policy_adoptions) as policy_adoptions,
    (select count(*) from ack_campaigns) as ack_campaigns,
    (select count(*) from acknowledgements) as acknowledgements,
    (select count(*) from case_reports) as case_reports,
    (select count(*) from pgboss.job) as jobs,
    (select count(*) from audit_log) as audit`.execute(database.ownerDb);
  return result.rows[0];
}

test('the demo seed creates the programme and 15 partners, and running it twice changes nothing', async () => {
  const started = performance.now();
  const first = await seedDemo(database.ownerDb);
  const firstMs = performance.now() - started;
  expect(first.organizations).toBe(16);
  expect(first.trainings).toBe(15);
  expect(first.policies).toBe(13);
  const after = await counts();
  expect(after).toMatchObject({ organizations: '16', companies: '10', universities: '5' });
  const again = performance.now();
  const second = await seedDemo(database.ownerDb);
  const secondMs = performance.now() - again;
  expect(second).toEqual({ organizations: 0, logins: 0, trainings: 0, policies: 0 });
  expect(await counts()).toEqual(after);
  process.stdout.write(
    `demo seed: first run ${Math.round(firstMs)} ms, second run ${Math.round(secondMs)} ms\n`,
  );
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

test('every partner has the model course assigned, with a mix of progress HR can track', async () => {
  const result = await sql<{
    kind: string;
    assigned: string;
    completed: string;
    started: string;
    failed: string;
  }>`
    select o.kind, count(e.*) as assigned,
      count(*) filter (where e.status = 'completed') as completed,
      count(*) filter (where e.status = 'pending' and e.started_at is not null) as started,
      count(*) filter (where e.status = 'pending' and exists (select 1 from training_attempts t
        where t.tenant_id = e.tenant_id and t.person_id = e.person_id and t.passed = false)) as failed
    from organizations o
    join training_assignments a on a.tenant_id = o.tenant_id and a.course_key = 'anti-harassment'
    join training_enrolments e on e.tenant_id = a.tenant_id and e.assignment_id = a.id
    group by o.tenant_id, o.kind`.execute(database.ownerDb);
  expect(result.rows).toHaveLength(15);
  for (const row of result.rows) {
    const assigned = Number(row.assigned);
    expect(Number(row.completed)).toBeGreaterThan(assigned * 0.2);
    expect(Number(row.completed)).toBeLessThan(assigned * 0.8);
    expect(Number(row.started)).toBeGreaterThan(0);
  }
  expect(result.rows.reduce((sum, row) => sum + Number(row.failed), 0)).toBeGreaterThan(0);
  const sources = await sql<{
    source: string;
  }>`select distinct source from training_completions order by 1`.execute(database.ownerDb);
  expect(sources.rows.map((row) => row.source)).toEqual(['quiz', 'session']);
  // Passing attempts really pass against the frozen version; the staff login has not started yet.
  const attempts = await sql<{ bad: string }>`
    select count(*) as bad from training_completions c
    join training_attempts t on t.tenant_id = c.tenant_id and t.id = c.attempt_id
    where t.passed is not true or t.course_version_id <> c.course_version_id`.execute(database.ownerDb);
  expect(attempts.rows[0]?.bad).toBe('0');
  // Whoever signs in with a printed staff login can take the course from its first module.
  const members = DEMO_LOGINS.filter((login) => login.role === 'member').map((login) => login.email);
  expect(members.length).toBeGreaterThan(0);
  const staff = await sql<{ status: string; started_at: Date | null }>`
    select e.status, e.started_at from training_enrolments e
    join people p on p.tenant_id = e.tenant_id and p.id = e.person_id
    where p.email = any(${members})`.execute(database.ownerDb);
  expect(staff.rows).toEqual(members.map(() => ({ status: 'pending', started_at: null })));
  // Seeded passes have no certificate PDF, so no demo account holds one.
  const logins = DEMO_LOGINS.map((login) => login.email);
  const passed = await sql<{ count: string }>`
    select count(*) from training_completions c join people p on p.tenant_id = c.tenant_id and p.id = c.person_id
    where p.email = any(${logins})`.execute(database.ownerDb);
  expect(passed.rows[0]?.count).toBe('0');
});

test("the partners are spread along the programme, the demo logins' organisation still invited", async () => {
  const stages = await sql<{ key: string; stage: string }>`
    select o.name_en as key, m.policy_stage as stage from organizations o
    join monitoring_partners m on m.tenant_id = o.tenant_id order by 1`.execute(database.ownerDb);
  const tally = Object.fromEntries(
    ['invited', 'drafting', 'in_review', 'approved', 'adopted', 'published'].map((stage) => [
      stage,
      stages.rows.filter((row) => row.stage === stage).length,
    ]),
  );
  expect(tally).toEqual({ invited: 2, drafting: 2, in_review: 2, approved: 2, adopted: 2, published: 5 });
  // The HR, board, ethics and staff logins tell their own story from the start: no policy yet.
  const demoOrg = await sql<{ versions: string; stage: string }>`
    select (select count(*) from policy_versions v where v.tenant_id = o.tenant_id) as versions, m.policy_stage as stage
    from organizations o join monitoring_partners m on m.tenant_id = o.tenant_id
    join memberships s on s.tenant_id = o.tenant_id join users u on u.id = s.user_id
    where u.email = 'hr@qorgau.demo'`.execute(database.ownerDb);
  expect(demoOrg.rows).toEqual([{ versions: '0', stage: 'invited' }]);
  // One round of changes requested and answered shows in the history of three partners.
  const revised = await sql<{ count: string }>`
    select count(distinct tenant_id) from policy_state_changes where to_status = 'changes_requested'`.execute(
    database.ownerDb,
  );
  expect(revised.rows[0]?.count).toBe('3');
  // Every step went through the services: each tenant's audit chain still links up and verifies.
  const breaks = await sql<{ count: string }>`
    select count(*) from (
      select seq, prev_hash, hash,
        lag(seq) over (partition by tenant_id, chain order by seq) as before_seq,
        lag(hash) over (partition by tenant_id, chain order by seq) as before_hash,
        audit_row_hash(prev_hash, tenant_id, seq, occurred_at, actor_user_id, action, target_type,
          target_id, ip, user_agent, request_id, details) as recomputed
      from audit_log) chain
    where hash <> recomputed or (before_seq is null and seq <> 1)
      or (before_seq is not null and (seq <> before_seq + 1 or prev_hash <> before_hash))`.execute(
    database.ownerDb,
  );
  expect(breaks.rows[0]?.count).toBe('0');
  // Adopted partners' signed extracts wait for the render worker.
  const extracts = await sql<{ count: string }>`
    select count(*) from pgboss.job where data->>'type' = 'adoptionExtract'`.execute(database.ownerDb);
  expect(extracts.rows[0]?.count).toBe('7');
});

test('published partners have campaigns where most acknowledged, a few refused and some are overdue', async () => {
  const campaigns = await sql<{
    covered: string;
    acknowledged: string;
    refused: string;
    overdue: string;
    receipts: string;
  }>`
    select count(*) as covered,
      count(*) filter (where a.status = 'acknowledged') as acknowledged,
      count(*) filter (where a.status = 'refused') as refused,
      count(*) filter (where a.status = 'pending' and a.due_date < current_date) as overdue,
      (select count(*) from acknowledgements k where k.tenant_id = c.tenant_id
        and k.receipt_document_id is not null) as receipts
    from ack_campaigns c join ack_assignments a on a.tenant_id = c.tenant_id and a.campaign_id = c.id
    group by c.tenant_id, c.id`.execute(database.ownerDb);
  expect(campaigns.rows).toHaveLength(5);
  for (const row of campaigns.rows) {
    const covered = Number(row.covered);
    expect(Number(row.acknowledged)).toBeGreaterThan(covered * 0.5);
    expect(Number(row.acknowledged) + Number(row.refused)).toBeLessThan(covered);
    expect(Number(row.refused)).toBeGreaterThan(0);
    expect(row.receipts).toBe('0');
  }
  expect(campaigns.rows.filter((row) => Number(row.overdue) > 0)).toHaveLength(3);
  // Whoever signs in with a printed login still has their own decision to make.
  const logins = DEMO_LOGINS.map((login) => login.email);
  const decided = await sql<{ count: string }>`
    select count(*) from acknowledgements k join people p on p.tenant_id = k.tenant_id and p.id = k.person_id
    where p.email = any(${logins})`.execute(database.ownerDb);
  expect(decided.rows[0]?.count).toBe('0');
});

test('a few partners reported their cases for the last quarters, some under five', async () => {
  const reports = await sql<{ received: number; revision: number }>`
    select received, revision from case_reports`.execute(database.ownerDb);
  expect(reports.rows.length).toBe(11);
  expect(reports.rows.some((row) => row.received < 5)).toBe(true);
  expect(reports.rows.some((row) => row.received >= 5)).toBe(true);
  expect(reports.rows.every((row) => row.revision === 1)).toBe(true);
});
