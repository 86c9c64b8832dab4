import { randomUUID } from 'node:crypto';
import { hashPassword } from '@qorgau/api';
import { binCheckDigit } from '@qorgau/core';
import type { Db } from '@qorgau/db';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;
let binCounter = 0;

function freshBin(): string {
  for (;;) {
    binCounter += 1;
    const first11 = `${Date.now() % 1_000_000}${String(binCounter).padStart(5, '0')}`
      .slice(-11)
      .padStart(11, '0');
    const check = binCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

export interface TenantFixture {
  tenantId: string;
  unitId: string;
  personIds: string[];
  invitationId: string;
  batchId: string;
  policyVersionId: string;
  campaignId: string;
  /** A training assignment with person 0 enrolled, an open quiz attempt of theirs, and a live session. */
  training: { assignmentId: string; sessionId: string; attemptId: string };
  users: Record<
    'hr_officer' | 'board_secretary' | 'ethics_officer' | 'member',
    { id: string; email: string }
  >;
}

async function createUser(db: Db, email: string): Promise<string> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const row = await db
    .insertInto('users')
    .values({ email, full_name: `Test ${email}`, password_hash: await cachedHash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A whole tenant with one user per role, written as the owner (fixtures, not the code under test). */
export async function createTenant(
  ownerDb: Db,
  kind: 'company' | 'university' | 'ngo' = 'company',
): Promise<TenantFixture> {
  const tenantId = randomUUID();
  const tag = tenantId.slice(0, 8);
  await ownerDb
    .insertInto('organizations')
    .values({
      tenant_id: tenantId,
      kind,
      name_kk: `Ұйым ${tag}`,
      name_ru: `Организация ${tag}`,
      name_en: `Org ${tag}`,
      bin: freshBin(),
      default_language: 'ru',
    })
    .execute();
  const unit = await ownerDb
    .insertInto('units')
    .values({ tenant_id: tenantId, name: `Unit ${tag}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const personIds: string[] = [];
  for (let index = 0; index < 3; index += 1) {
    const person = await ownerDb
      .insertInto('people')
      .values({
        tenant_id: tenantId,
        full_name: `Person ${index} ${tag}`,
        email: `person${index}.${tag}@example.kz`,
        unit_id: unit.id,
        number: `N${index}`,
        language: 'kk',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    personIds.push(person.id);
  }
  const roles = ['hr_officer', 'board_secretary', 'ethics_officer', 'member'] as const;
  const users = {} as TenantFixture['users'];
  for (const role of roles) {
    const email = `${role}.${tag}@example.kz`;
    const id = await createUser(ownerDb, email);
    await ownerDb
      .insertInto('memberships')
      .values({ tenant_id: tenantId, user_id: id, role, person_id: null })
      .execute();
    users[role] = { id, email };
  }
  const invitation = await ownerDb
    .insertInto('invitations')
    .values({
      tenant_id: tenantId,
      email: `invitee.${tag}@example.kz`,
      role: 'member',
      language: 'ru',
      token_hash: Buffer.from(randomUUID()),
      expires_at: new Date(Date.now() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const batch = await ownerDb
    .insertInto('document_batches')
    .values({ tenant_id: tenantId, kind: 'training-certificate', language: 'kk', total: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  const policyVersion = await ownerDb
    .insertInto('policy_versions')
    .values({ tenant_id: tenantId, number: 1, model_version: 'fixture', customization: '{}' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const campaign = await ownerDb
    .insertInto('ack_campaigns')
    .values({ tenant_id: tenantId, version_id: policyVersion.id, audience: '{}', due_date: '2030-01-01' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const training = await createTrainingFixture(ownerDb, tenantId, personIds[0] ?? '');
  return {
    tenantId,
    training,
    campaignId: campaign.id,
    unitId: unit.id,
    personIds,
    invitationId: invitation.id,
    batchId: batch.id,
    policyVersionId: policyVersion.id,
    users,
  };
}

async function createTrainingFixture(ownerDb: Db, tenantId: string, personId: string) {
  const model = await ownerDb
    .selectFrom('training_models')
    .select(['course_key', 'version', 'course'])
    .orderBy('published_at', 'desc')
    .executeTakeFirstOrThrow();
  const version = await ownerDb
    .insertInto('training_course_versions')
    .values({
      tenant_id: tenantId,
      number: 1,
      course_key: model.course_key,
      model_version: model.version,
      content: JSON.stringify(model.course),
      sha256: '0'.repeat(64),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assignment = await ownerDb
    .insertInto('training_assignments')
    .values({
      tenant_id: tenantId,
      course_key: model.course_key,
      title: 'Fixture training',
      audience: JSON.stringify({ unitIds: [randomUUID()] }),
      due_date: '2030-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ownerDb
    .insertInto('training_enrolments')
    .values({
      tenant_id: tenantId,
      assignment_id: assignment.id,
      person_id: personId,
      cycle: 1,
      due_date: '2030-01-01',
    })
    .execute();
  const attempt = await ownerDb
    .insertInto('training_attempts')
    .values({
      tenant_id: tenantId,
      assignment_id: assignment.id,
      person_id: personId,
      cycle: 1,
      number: 1,
      course_version_id: version.id,
      language: 'kk',
      seed: 'fixture',
      questions: '[]',
      question_count: 1,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await ownerDb
    .insertInto('training_sessions')
    .values({
      tenant_id: tenantId,
      held_on: '2026-11-20',
      format: 'in_person',
      trainer: 'Fixture trainer',
      language: 'kk',
      course_version_id: version.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { assignmentId: assignment.id, sessionId: session.id, attemptId: attempt.id };
}

/** The programme's NGO tenant with one project staff member. */
export async function createProgramme(
  ownerDb: Db,
): Promise<{ tenantId: string; staff: { id: string; email: string } }> {
  const fixture = await createTenant(ownerDb, 'ngo');
  const email = `staff.${fixture.tenantId.slice(0, 8)}@programme.kz`;
  const id = await createUser(ownerDb, email);
  await ownerDb
    .insertInto('memberships')
    .values({ tenant_id: fixture.tenantId, user_id: id, role: 'project_staff', person_id: null })
    .execute();
  return { tenantId: fixture.tenantId, staff: { id, email } };
}
