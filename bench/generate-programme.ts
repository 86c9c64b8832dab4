// Creates N partner organisations with M people each, in realistic states (stages, campaigns,
// acknowledgements, refusals, overdue joiners, leavers, training, quarterly reports), fast: rows
// are streamed with COPY with triggers off, then the roll-ups are rebuilt once by the repair
// recomputation, exactly as `pnpm repair-rollups` would. Needs a superuser connection.
import { randomUUID } from 'node:crypto';
import { hashPassword } from '@qorgau/api';
import { createDb, monitoringRepairRepository, OWNER_ROLE } from '@qorgau/db';
import { sql } from 'kysely';
import pg from 'pg';
import { copyRows, isoDay, seeded } from './copy-rows.js';

export const BENCH_STAFF_EMAIL = 'bench.staff@programme.kz';
export const BENCH_PASSWORD = 'bench programme password';
const UNITS_PER_TENANT = 10;
const STAGES = ['draft', 'submitted', 'approved', 'adopted', 'published'] as const;
const DAY_MS = 86_400_000;

interface Tenant {
  id: string;
  kind: 'company' | 'university';
  stage: (typeof STAGES)[number] | null;
  versionId: string;
  campaignId: string;
  trainingId: string;
  units: string[];
  dueOffset: number;
}

function planTenants(count: number, random: () => number): Tenant[] {
  return Array.from({ length: count }, (_, index) => {
    const roll = random();
    // Most partners are well along; a few are stuck early, as in a real programme.
    const stage =
      roll < 0.05
        ? null
        : roll < 0.15
          ? 'draft'
          : roll < 0.22
            ? 'submitted'
            : roll < 0.27
              ? 'approved'
              : roll < 0.37
                ? 'adopted'
                : 'published';
    return {
      id: randomUUID(),
      kind: index % 3 === 2 ? 'university' : 'company',
      stage,
      versionId: randomUUID(),
      campaignId: randomUUID(),
      trainingId: randomUUID(),
      units: Array.from({ length: UNITS_PER_TENANT }, () => randomUUID()),
      dueOffset: Math.floor(random() * 60) - 30,
    };
  });
}

async function ensureStaff(client: pg.Client) {
  const existing = await client.query('select id from users where email = $1', [BENCH_STAFF_EMAIL]);
  if (existing.rowCount) return;
  const ngo = randomUUID();
  const user = randomUUID();
  await client.query(
    `insert into organizations (tenant_id, kind, name_kk, name_ru, name_en, bin, default_language)
     values ($1, 'ngo', 'Бағдарлама', 'Программа', 'Programme', '999999999999', 'ru')`,
    [ngo],
  );
  await client.query(
    `insert into users (id, email, full_name, password_hash) values ($1, $2, 'Bench staff', $3)`,
    [user, BENCH_STAFF_EMAIL, await hashPassword(BENCH_PASSWORD)],
  );
  await client.query(`insert into memberships (tenant_id, user_id, role) values ($1, $2, 'project_staff')`, [
    ngo,
    user,
  ]);
}

export async function generateProgramme(
  superuserUrl: string,
  tenantCount: number,
  peoplePerTenant: number,
  seed = 7,
) {
  const random = seeded(seed);
  const tenants = planTenants(tenantCount, random);
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await ensureStaff(client);
    // Triggers (roll-ups, foreign keys) stay off for the load; the repair below rebuilds the roll-ups.
    await client.query('set session_replication_role = replica');
    await copyRows(
      client,
      'organizations',
      ['tenant_id', 'kind', 'name_kk', 'name_ru', 'name_en', 'bin', 'default_language', 'created_at'],
      tenants.map((t, i) => [
        t.id,
        t.kind,
        `Серіктес ${i}`,
        `Партнёр ${i}`,
        `Partner ${String(i).padStart(4, '0')}`,
        String(100_000_000_000 + i),
        'ru',
        new Date(Date.now() - 200 * DAY_MS).toISOString(),
      ]),
    );
    await copyRows(
      client,
      'units',
      ['tenant_id', 'id', 'name'],
      tenants.flatMap((t) => t.units.map((unit, i) => [t.id, unit, `Unit ${i}`])),
    );
    const people: { tenant: Tenant; id: string; unit: string; active: boolean }[] = [];
    for (const tenant of tenants) {
      for (let i = 0; i < peoplePerTenant; i += 1) {
        people.push({
          tenant,
          id: randomUUID(),
          unit: tenant.units[i % UNITS_PER_TENANT] ?? '',
          active: random() > 0.02,
        });
      }
    }
    await copyRows(
      client,
      'people',
      ['tenant_id', 'id', 'full_name', 'unit_id', 'language', 'status', 'kind'],
      people.map((p, i) => [
        p.tenant.id,
        p.id,
        `Person ${i}`,
        p.unit,
        'ru',
        p.active ? 'active' : 'inactive',
        p.tenant.kind === 'university' && i % 4 ? 'student' : 'employee',
      ]),
    );
    const hashes = JSON.stringify({ kk: 'a'.repeat(64), ru: 'b'.repeat(64), en: 'c'.repeat(64) });
    const staged = tenants.filter((t) => t.stage !== null);
    await copyRows(
      client,
      'policy_versions',
      ['tenant_id', 'id', 'number', 'model_version', 'status', 'customization', 'hashes', 'published_at'],
      staged.map((t) => [
        t.id,
        t.versionId,
        1,
        'bench',
        t.stage,
        '{}',
        ['approved', 'adopted', 'published'].includes(t.stage ?? '') ? hashes : null,
        t.stage === 'published' ? new Date(Date.now() - 40 * DAY_MS).toISOString() : null,
      ]),
    );
    const published = tenants.filter((t) => t.stage === 'published');
    await copyRows(
      client,
      'ack_campaigns',
      ['tenant_id', 'id', 'version_id', 'audience', 'due_date', 'created_at'],
      published.map((t) => [
        t.id,
        t.campaignId,
        t.versionId,
        '{}',
        isoDay(t.dueOffset),
        new Date(Date.now() - 40 * DAY_MS).toISOString(),
      ]),
    );
    const inCampaign = people.filter((p) => p.tenant.stage === 'published');
    await copyRows(
      client,
      'ack_assignments',
      ['tenant_id', 'campaign_id', 'person_id', 'due_date', 'status', 'completed_at'],
      (function* () {
        for (const p of inCampaign) {
          const roll = random();
          const status = roll < 0.78 ? 'acknowledged' : roll < 0.8 ? 'refused' : 'pending';
          // One in ten joined later and has a due date of their own.
          const due = random() < 0.1 ? isoDay(Math.floor(random() * 60) - 30) : isoDay(p.tenant.dueOffset);
          yield [
            p.tenant.id,
            p.tenant.campaignId,
            p.id,
            due,
            status,
            status === 'pending' ? null : new Date().toISOString(),
          ];
        }
      })(),
    );
    await copyRows(
      client,
      'training_assignments',
      ['tenant_id', 'id', 'course_key', 'title', 'audience', 'due_date'],
      published.map((t) => [t.id, t.trainingId, 'core', 'Core course', '{}', isoDay(t.dueOffset + 30)]),
    );
    await copyRows(
      client,
      'training_enrolments',
      ['tenant_id', 'assignment_id', 'person_id', 'cycle', 'due_date', 'status', 'completed_at'],
      (function* () {
        for (const p of inCampaign) {
          if (random() > 0.7) continue;
          const completed = random() < 0.6;
          yield [
            p.tenant.id,
            p.tenant.trainingId,
            p.id,
            1,
            isoDay(p.tenant.dueOffset + 30),
            completed ? 'completed' : 'pending',
            completed ? new Date().toISOString() : null,
          ];
        }
      })(),
    );
    const year = new Date().getUTCFullYear();
    await copyRows(
      client,
      'case_reports',
      [
        'tenant_id',
        'year',
        'quarter',
        'received',
        'by_channel',
        'by_type',
        'acknowledged_in_time',
        'investigated',
        'responded_in_time',
        'outcomes',
        'median_days_to_respond',
      ],
      published.map((t) => {
        const received = Math.floor(random() * 12);
        return [
          t.id,
          year,
          1,
          received,
          JSON.stringify({ hotline: received }),
          JSON.stringify({ harassment: received }),
          received,
          Math.floor(received / 2),
          Math.floor(received * 0.8),
          JSON.stringify({ ongoing: 0 }),
          received ? 5 : null,
        ];
      }),
    );
    await client.query(`insert into programme_daily (day, companies_adopted, universities_adopted, covered, acknowledged,
        training_assigned, trained, timely_responses)
      select current_date - d, 0, 0, 100, d, 100, d, 0 from generate_series(1, 90) d on conflict do nothing`);
    await client.query('set session_replication_role = origin');
  } finally {
    await client.end();
  }
  const owner = createDb({ connectionString: superuserUrl, max: 1, onConnect: `set role ${OWNER_ROLE}` });
  try {
    const rebuilt = await monitoringRepairRepository.repairDifferences(owner);
    await sql`update monitoring_partners set stage_since = now() - (random() * 90) * interval '1 day',
      last_activity_at = now() - (random() * 20) * interval '1 day'`.execute(owner);
    await sql`analyze`.execute(owner);
    return { tenants: tenants.length, people: tenantCount * peoplePerTenant, rebuiltRows: rebuilt.length };
  } finally {
    await owner.destroy();
  }
}
