import { acknowledgeInput, readPolicyInput, refuseInput } from '@qorgau/core';
import { auditRepository, type Db } from '@qorgau/db';
import { acknowledgePolicy, markReachedEnd, refusePolicy } from '../services/acknowledgement/staff-portal.js';
import { actAs, asTenant, SEED_ACTOR_ORIGIN, seedActor } from './as-tenant.js';
import { seededRandom, stableUuid } from './deterministic.js';
import { DEMO_LOGINS } from './logins.js';
import type { PartnerStory } from './policy-stages.js';

const REFUSAL_REASONS = {
  kk: 'Саясаттың кейбір ережелерімен келіспеймін, кәсіподақпен талқылағым келеді.',
  ru: 'Не согласен с отдельными положениями, хочу обсудить их с профсоюзом.',
  en: 'I disagree with some provisions and would like to discuss them with the union.',
} as const;

interface Covered {
  id: string;
  fullName: string;
  email: string | null;
  language: 'kk' | 'ru' | 'en';
  userId: string | null;
  status: string;
  versionId: string;
}

async function coveredPeople(ownerDb: Db, tenantId: string): Promise<Covered[]> {
  const logins = DEMO_LOGINS.map((login) => login.email);
  return (
    ownerDb
      .selectFrom('ack_assignments as a')
      .innerJoin('ack_campaigns as c', (join) =>
        join.onRef('c.tenant_id', '=', 'a.tenant_id').onRef('c.id', '=', 'a.campaign_id'),
      )
      .innerJoin('people as p', (join) =>
        join.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.person_id'),
      )
      .select([
        'p.id',
        'p.full_name as fullName',
        'p.email',
        'p.language',
        'p.user_id as userId',
        'a.status',
        'c.version_id as versionId',
      ])
      .where('a.tenant_id', '=', tenantId)
      .where('a.status', '<>', 'superseded')
      // Demo accounts keep their own decision to make in the app (where it earns a receipt).
      .where((eb) => eb.or([eb('p.email', 'is', null), eb('p.email', 'not in', logins)]))
      .orderBy('p.number')
      .orderBy('p.id')
      .execute()
  );
}

/** A stable draw of who acknowledged and who refused; everyone else is still pending. */
function deciders(people: Covered[], story: PartnerStory, seed: number) {
  const campaign = story.plan.campaign;
  if (!campaign) return [];
  const random = seededRandom(seed);
  const order = [...people];
  for (let index = order.length - 1; index > 0; index -= 1) {
    const swap = Math.floor(random() * (index + 1));
    [order[index], order[swap]] = [order[swap] as Covered, order[index] as Covered];
  }
  const acknowledged = Math.round(campaign.acknowledgedShare * people.length);
  return order.slice(0, acknowledged + campaign.refused).map((person, index) => ({
    person,
    decision: index < acknowledged ? ('acknowledged' as const) : ('refused' as const),
  }));
}

/** Staff sign in before they decide: each decider gets a member account (no password; a login link works). */
async function ensureAccounts(ownerDb: Db, story: PartnerStory, people: Covered[]) {
  const missing = people.filter((person) => person.userId === null && person.email !== null);
  if (missing.length === 0) return people;
  const key = story.organization.key;
  const userIds = new Map(
    missing.map((person) => [person.id, stableUuid(`user:person:${key}:${person.id}`)]),
  );
  await ownerDb.transaction().execute(async (tx) => {
    await tx
      .insertInto('users')
      .values(
        missing.map((person) => ({
          id: userIds.get(person.id) ?? '',
          email: person.email ?? '',
          full_name: person.fullName,
          password_hash: null,
          preferred_language: person.language,
        })),
      )
      .onConflict((conflict) => conflict.column('id').doNothing())
      .execute();
    await tx
      .insertInto('memberships')
      .values(
        missing.map((person) => ({
          tenant_id: story.tenantId,
          id: stableUuid(`membership:person:${key}:${person.id}`),
          user_id: userIds.get(person.id) ?? '',
          role: 'member' as const,
          person_id: person.id,
        })),
      )
      .onConflict((conflict) => conflict.columns(['tenant_id', 'id']).doNothing())
      .execute();
    for (const person of missing) {
      await tx
        .updateTable('people')
        .set({ user_id: userIds.get(person.id) ?? null })
        .where('tenant_id', '=', story.tenantId)
        .where('id', '=', person.id)
        .execute();
    }
    await auditRepository.appendAudit(tx, {
      tenantId: story.tenantId,
      actorUserId: null,
      action: 'seed.membershipsCreated',
      targetType: 'organization',
      targetId: story.tenantId,
      ip: null,
      userAgent: SEED_ACTOR_ORIGIN.userAgent,
      requestId: null,
      details: { members: missing.length },
    });
  });
  return people.map((person) => ({ ...person, userId: person.userId ?? userIds.get(person.id) ?? null }));
}

/**
 * The published partners' campaigns: a share of staff read the policy to the end and acknowledged
 * it, a few refused with a reason, the rest are pending (overdue where the due date has passed).
 */
export async function seedCampaignResponses(ownerDb: Db, story: PartnerStory, seed: number) {
  const drawn = deciders(await coveredPeople(ownerDb, story.tenantId), story, seed).filter(
    (entry) => entry.person.status === 'pending',
  );
  if (drawn.length === 0) return false;
  const withAccounts = await ensureAccounts(
    ownerDb,
    story,
    drawn.map((entry) => entry.person),
  );
  const decided = drawn.map((entry, index) => ({ ...entry, person: withAccounts[index] ?? entry.person }));
  await asTenant(ownerDb, { tenantId: story.tenantId, userId: null }, async (tx) => {
    for (const { person, decision } of decided) {
      if (!person.userId) continue;
      await actAs(tx, person.userId);
      const actor = seedActor(person.userId);
      const read = readPolicyInput.parse({ versionId: person.versionId, language: person.language });
      if (decision === 'refused') {
        const input = refuseInput.parse({
          versionId: read.versionId,
          reason: REFUSAL_REASONS[read.language],
        });
        await refusePolicy(tx, story.deps, story.tenantId, actor, actor.origin, {
          ...input,
          language: read.language,
        });
        continue;
      }
      await markReachedEnd(tx, story.tenantId, person.userId, read);
      const input = acknowledgeInput.parse({ ...read, typedName: person.fullName, consent: true });
      await acknowledgePolicy(tx, story.deps, story.tenantId, actor, actor.origin, input);
    }
  });
  return true;
}
