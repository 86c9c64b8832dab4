import {
  acknowledgementsRepository,
  audienceRepository,
  monitoringRepairRepository,
  type TenantTx,
  withTenant,
} from '@qorgau/db';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createTenant, type TenantFixture } from '../support/factories.js';

let database: TestDatabase;
afterAll(() => database.drop());
beforeAll(async () => {
  database = await createTestDatabase();
});

function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HASHES = JSON.stringify({ kk: 'a'.repeat(64), ru: 'b'.repeat(64), en: 'c'.repeat(64) });

interface World {
  tenant: TenantFixture;
  units: string[];
  people: string[];
  versions: number;
  trainingAssignment: string;
}

async function setUp(): Promise<World> {
  const tenant = await createTenant(database.ownerDb);
  const extra = await database.ownerDb
    .insertInto('units')
    .values({ tenant_id: tenant.tenantId, name: `Second ${tenant.tenantId.slice(0, 6)}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const training = await database.ownerDb
    .insertInto('training_assignments')
    .values({
      tenant_id: tenant.tenantId,
      course_key: 'core',
      title: 'Core',
      audience: '{}',
      due_date: '2026-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    tenant,
    units: [tenant.unitId, extra.id],
    people: [...tenant.personIds],
    versions: 1,
    trainingAssignment: training.id,
  };
}

const pickFrom = <T>(random: () => number, items: readonly T[]): T | undefined =>
  items[Math.floor(random() * items.length)];

function dueDate(random: () => number): string {
  const offset = Math.floor(random() * 40) - 20;
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** One random event, written as the application would, inside the tenant's transaction. */
async function randomEvent(tx: TenantTx, world: World, random: () => number) {
  const tenantId = world.tenant.tenantId;
  const roll = random();
  if (roll < 0.12) {
    world.versions += 1;
    const version = await tx
      .insertInto('policy_versions')
      .values({
        tenant_id: tenantId,
        number: world.versions,
        model_version: 'prop',
        customization: '{}',
        status: 'published',
        hashes: HASHES,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await acknowledgementsRepository.supersedeEarlier(tx, version.id, new Date());
    const due = dueDate(random);
    const audience = random() < 0.3 ? { unitIds: [world.units[0] ?? ''] } : {};
    const campaignId = await acknowledgementsRepository.insertCampaign(tx, {
      tenantId,
      versionId: version.id,
      audience,
      dueDate: due,
      createdBy: null,
    });
    await audienceRepository.assignAudience(tx, { tenantId, campaignId, dueDate: due, audience });
  } else if (roll < 0.45) {
    const pending = await tx
      .selectFrom('ack_assignments')
      .select(['campaign_id', 'person_id'])
      .where('status', '=', 'pending')
      .execute();
    const chosen = pickFrom(random, pending);
    if (chosen) {
      await acknowledgementsRepository.completeAssignment(tx, {
        campaignId: chosen.campaign_id,
        personId: chosen.person_id,
        status: random() < 0.8 ? 'acknowledged' : 'refused',
      });
    }
  } else if (roll < 0.6) {
    const person = await tx
      .insertInto('people')
      .values({
        tenant_id: tenantId,
        full_name: `Joiner ${world.people.length}`,
        unit_id: random() < 0.2 ? null : (pickFrom(random, world.units) ?? null),
        language: 'ru',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.people.push(person.id);
    const campaign = await acknowledgementsRepository.findCurrentCampaign(tx);
    if (campaign) {
      await acknowledgementsRepository.insertAssignment(tx, {
        tenantId,
        campaignId: campaign.id,
        personId: person.id,
        dueDate: dueDate(random),
      });
    }
  } else if (roll < 0.72) {
    const id = pickFrom(random, world.people) ?? '';
    const active = random() < 0.5;
    await tx
      .updateTable('people')
      .set({ status: active ? 'active' : 'inactive', deactivated_at: active ? null : new Date() })
      .where('id', '=', id)
      .execute();
  } else if (roll < 0.8) {
    await tx
      .updateTable('people')
      .set({ unit_id: random() < 0.2 ? null : (pickFrom(random, world.units) ?? null) })
      .where('id', '=', pickFrom(random, world.people) ?? '')
      .execute();
  } else if (roll < 0.9) {
    const person = pickFrom(random, world.people) ?? '';
    await tx
      .insertInto('training_enrolments')
      .values({
        tenant_id: tenantId,
        assignment_id: world.trainingAssignment,
        person_id: person,
        cycle: 1 + Math.floor(random() * 1000),
        due_date: dueDate(random),
      })
      .onConflict((conflict) => conflict.doNothing())
      .execute();
  } else {
    const open = await tx
      .selectFrom('training_enrolments')
      .select(['person_id', 'cycle'])
      .where('status', '=', 'pending')
      .execute();
    const chosen = pickFrom(random, open);
    if (chosen) {
      const completed = random() < 0.8;
      await tx
        .updateTable('training_enrolments')
        .set(completed ? { status: 'completed', completed_at: new Date() } : { status: 'cancelled' })
        .where('person_id', '=', chosen.person_id)
        .where('cycle', '=', chosen.cycle)
        .execute();
    }
  }
}

describe('roll-ups kept by triggers', () => {
  test.each([1, 2, 3, 4, 5])(
    'equal a recomputation from the source rows after random events (seed %i)',
    async (seed) => {
      const random = seeded(seed);
      const worlds = [await setUp(), await setUp()];
      for (let step = 0; step < 80; step += 1) {
        const world = pickFrom(random, worlds);
        if (!world) continue;
        const scope = { tenantId: world.tenant.tenantId, userId: null };
        // Several events per transaction, as a request that does more than one thing would.
        await withTenant(database.appDb, scope, async (tx) => {
          const events = 1 + Math.floor(random() * 3);
          for (let event = 0; event < events; event += 1) await randomEvent(tx, world, random);
        });
      }
      const differences = await monitoringRepairRepository.findDifferences(database.ownerDb);
      expect(differences).toEqual([]);
      const counted = await database.ownerDb
        .selectFrom('monitoring_campaign_counts')
        .select((eb) => eb.fn.sum<string>('acknowledged').as('acknowledged'))
        .executeTakeFirstOrThrow();
      expect(Number(counted.acknowledged)).toBeGreaterThanOrEqual(0);
    },
  );

  test('a rolled-back change leaves the roll-ups as they were', async () => {
    const world = await setUp();
    const before = await monitoringRepairRepository.findDifferences(database.ownerDb);
    await expect(
      withTenant(database.appDb, { tenantId: world.tenant.tenantId, userId: null }, async (tx) => {
        await randomEvent(tx, world, () => 0.01);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await monitoringRepairRepository.findDifferences(database.ownerDb)).toEqual(before);
  });

  test('the application role can read its own roll-ups but never write them', async () => {
    const world = await setUp();
    await expect(
      withTenant(database.appDb, { tenantId: world.tenant.tenantId, userId: null }, (tx) =>
        sql`update monitoring_campaign_counts set acknowledged = 1000`.execute(tx),
      ),
    ).rejects.toThrow(/permission denied/);
  });

  test('the repair command reports a drifted counter and fixes it', async () => {
    const world = await setUp();
    await withTenant(database.appDb, { tenantId: world.tenant.tenantId, userId: null }, (tx) =>
      randomEvent(tx, world, () => 0.01),
    );
    await sql`update monitoring_unit_counts set pending = pending + 7 where tenant_id = ${world.tenant.tenantId}`.execute(
      database.ownerDb,
    );
    await sql`update monitoring_partners set people_active = 999 where tenant_id = ${world.tenant.tenantId}`.execute(
      database.ownerDb,
    );
    const found = await monitoringRepairRepository.findDifferences(database.ownerDb);
    expect(found.map((difference) => difference.table).sort()).toEqual([
      'monitoring_partners',
      'monitoring_unit_counts',
    ]);
    const repaired = await monitoringRepairRepository.repairDifferences(database.ownerDb);
    expect(repaired).toHaveLength(2);
    expect(await monitoringRepairRepository.findDifferences(database.ownerDb)).toEqual([]);
  });
});
