import { auditRepository, type Db } from '@qorgau/db';
import { hashPassword } from '../security/passwords.js';
import { stableUuid } from './deterministic.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from './logins.js';
import { DEMO_ORGANIZATIONS, type DemoOrganization, demoBin } from './organizations.js';
import { demoPeople, demoUnits } from './people.js';
import { seedProgrammeStory } from './programme-story.js';
import { seedTraining } from './training.js';

const SEED_ORIGIN = { ip: null, userAgent: 'seed', requestId: null } as const;

async function seedOrganization(db: Db, organization: DemoOrganization, seed: number): Promise<boolean> {
  const tenantId = stableUuid(`org:${organization.key}`);
  return db.transaction().execute(async (tx) => {
    const inserted = await tx
      .insertInto('organizations')
      .values({
        tenant_id: tenantId,
        kind: organization.kind,
        name_kk: organization.names.kk,
        name_ru: organization.names.ru,
        name_en: organization.names.en,
        bin: demoBin(organization.binStem),
        default_language: organization.defaultLanguage,
      })
      .onConflict((conflict) => conflict.column('tenant_id').doNothing())
      .returning('tenant_id')
      .executeTakeFirst();
    if (!inserted) return false;

    const unitIds = new Map<string, string>();
    for (const name of demoUnits(organization.kind)) {
      const id = stableUuid(`unit:${organization.key}:${name}`);
      unitIds.set(name, id);
      await tx.insertInto('units').values({ tenant_id: tenantId, id, name }).execute();
    }
    const people = demoPeople(organization.key, organization.kind, organization.people, seed);
    const logins = DEMO_LOGINS.filter((login) => login.organizationKey === organization.key);
    await tx
      .insertInto('people')
      .values(
        people.map((person) => {
          const login = logins.find((candidate) => candidate.personIndex === person.index);
          return {
            tenant_id: tenantId,
            id: stableUuid(`person:${organization.key}:${person.index}`),
            full_name: login?.fullName ?? person.fullName,
            email: login?.email ?? person.email,
            position: person.position,
            unit_id: unitIds.get(person.unit) ?? null,
            number: person.number,
            kind: person.kind,
            language: login && login.language !== 'en' ? login.language : person.language,
            hired_on: person.hiredOn,
          };
        }),
      )
      .execute();
    await auditRepository.appendAudit(tx, {
      tenantId,
      actorUserId: null,
      action: 'seed.organizationCreated',
      targetType: 'organization',
      targetId: tenantId,
      ...SEED_ORIGIN,
      details: { people: people.length },
    });
    return true;
  });
}

async function seedLogins(db: Db): Promise<number> {
  let created = 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const login of DEMO_LOGINS) {
    const userId = stableUuid(`user:${login.email}`);
    const tenantId = stableUuid(`org:${login.organizationKey}`);
    await db.transaction().execute(async (tx) => {
      const inserted = await tx
        .insertInto('users')
        .values({
          id: userId,
          email: login.email,
          full_name: login.fullName,
          password_hash: passwordHash,
          preferred_language: login.language,
        })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return;
      created += 1;
      const personId =
        login.personIndex === null
          ? null
          : stableUuid(`person:${login.organizationKey}:${login.personIndex}`);
      if (personId) {
        await tx
          .updateTable('people')
          .set({ user_id: userId })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', personId)
          .execute();
      }
      await tx
        .insertInto('memberships')
        .values({
          tenant_id: tenantId,
          id: stableUuid(`membership:${login.email}`),
          user_id: userId,
          role: login.role,
          person_id: personId,
        })
        .execute();
      await auditRepository.appendAudit(tx, {
        tenantId,
        actorUserId: null,
        action: 'seed.membershipCreated',
        targetType: 'user',
        targetId: userId,
        ...SEED_ORIGIN,
        details: { role: login.role },
      });
    });
  }
  return created;
}

/** Idempotent: every row has a stable id and is only inserted when missing. */
export async function seedDemo(
  ownerDb: Db,
): Promise<{ organizations: number; logins: number; trainings: number; policies: number }> {
  let organizations = 0;
  for (const [index, organization] of DEMO_ORGANIZATIONS.entries()) {
    if (await seedOrganization(ownerDb, organization, 1000 + index)) organizations += 1;
  }
  const logins = await seedLogins(ownerDb);
  const trainings = await seedTraining(ownerDb, DEMO_ORGANIZATIONS);
  const policies = await seedProgrammeStory(ownerDb, DEMO_ORGANIZATIONS);
  return { organizations, logins, trainings, policies };
}
