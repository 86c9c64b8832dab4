import type { Db, Executor } from '@qorgau/db';
import type { Course } from '@qorgau/training';
import { courseFromStored, courseHash, MODEL_COURSE_KEY } from '../services/training/model.js';
import { seededRandom, stableUuid } from './deterministic.js';
import { DEMO_LOGINS } from './logins.js';
import type { DemoOrganization } from './organizations.js';
import { type DemoStanding, demoStanding, seedStanding } from './training-progress.js';

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Demo accounts keep a fixed standing: staff can take the course from the start, and no account
 * holds a seeded pass (seeded passes carry no certificate PDF; passing in the app issues one).
 */
function loginStanding(organization: DemoOrganization, personIndex: number): DemoStanding | null {
  const login = DEMO_LOGINS.find(
    (candidate) => candidate.organizationKey === organization.key && candidate.personIndex === personIndex,
  );
  if (!login) return null;
  return login.role === 'member' ? 'notStarted' : login.role === 'hr_officer' ? 'failedOnce' : 'inProgress';
}

async function courseVersionFor(
  tx: Executor,
  tenantId: string,
  organization: DemoOrganization,
  course: Course,
  modelVersion: string,
) {
  const existing = await tx
    .selectFrom('training_course_versions')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('course_key', '=', MODEL_COURSE_KEY)
    .orderBy('number', 'desc')
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = stableUuid(`training-version:${organization.key}`);
  await tx
    .insertInto('training_course_versions')
    .values({
      tenant_id: tenantId,
      id,
      number: 1,
      course_key: MODEL_COURSE_KEY,
      model_version: modelVersion,
      content: JSON.stringify(course),
      sha256: courseHash(course),
    })
    .execute();
  return id;
}

/**
 * Each partner gets this year's course assigned to everyone, with a realistic mix of progress:
 * companies are a few weeks before the due date, universities just past it (so HR sees overdue
 * people). Runs once per organisation: an existing demo assignment means it is already there.
 */
async function seedOrganizationTraining(
  db: Db,
  organization: DemoOrganization,
  model: { version: string; course: Course },
  seed: number,
  now: Date,
): Promise<boolean> {
  const tenantId = stableUuid(`org:${organization.key}`);
  const assignmentId = stableUuid(`training-assignment:${organization.key}`);
  return db.transaction().execute(async (tx) => {
    const present = await tx
      .selectFrom('training_assignments')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', assignmentId)
      .executeTakeFirst();
    if (present) return false;
    const versionId = await courseVersionFor(tx, tenantId, organization, model.course, model.version);
    const language = organization.defaultLanguage === 'kk' ? 'kk' : 'ru';
    const dueDate = isoDay(new Date(now.getTime() + (organization.kind === 'university' ? -5 : 20) * DAY_MS));
    await tx
      .insertInto('training_assignments')
      .values({
        tenant_id: tenantId,
        id: assignmentId,
        course_key: MODEL_COURSE_KEY,
        title: `${model.course.title[language]} — ${now.getUTCFullYear()}`.slice(0, 200),
        audience: JSON.stringify({}),
        due_date: dueDate,
        refresher_months: 12,
        created_at: new Date(now.getTime() - 40 * DAY_MS),
      })
      .execute();
    const sessionAt = new Date(now.getTime() - 25 * DAY_MS);
    const sessionId = stableUuid(`training-session:${organization.key}`);
    await tx
      .insertInto('training_sessions')
      .values({
        tenant_id: tenantId,
        id: sessionId,
        held_on: isoDay(sessionAt),
        format: 'in_person',
        trainer: language === 'kk' ? 'Qorgau бағдарламасы' : 'Программа Qorgau',
        language,
        course_version_id: versionId,
        hours: 2,
      })
      .execute();
    const people = await tx
      .selectFrom('people')
      .select(['id', 'language', 'is_manager as isManager', 'number'])
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'active')
      .orderBy('number')
      .orderBy('id')
      .execute();
    if (people.length === 0) return true;
    await tx
      .insertInto('training_enrolments')
      .values(
        people.map((person) => ({
          tenant_id: tenantId,
          assignment_id: assignmentId,
          person_id: person.id,
          cycle: 1,
          due_date: dueDate,
        })),
      )
      .execute();
    const random = seededRandom(seed);
    const session = { id: sessionId, at: new Date(`${isoDay(sessionAt)}T12:00:00Z`) };
    for (const [index, person] of people.entries()) {
      const roll = random();
      const personIndex = Number.parseInt((person.number ?? '').slice(1), 10) - 1;
      const standing = loginStanding(organization, personIndex) ?? demoStanding(roll);
      await seedStanding(
        tx,
        {
          orgKey: organization.key,
          tenantId,
          assignmentId,
          versionId,
          course: model.course,
          person: {
            id: person.id,
            language: person.language as 'kk' | 'ru' | 'en',
            isManager: person.isManager,
          },
          now,
          random: seededRandom(seed * 1000 + index),
        },
        standing,
        session,
      );
    }
    return true;
  });
}

/** The demo partners' training; skipped when no model course has been published yet. */
export async function seedTraining(db: Db, organizations: readonly DemoOrganization[], now = new Date()) {
  const model = await db
    .selectFrom('training_models')
    .select(['version', 'course'])
    .where('course_key', '=', MODEL_COURSE_KEY)
    .orderBy('published_at', 'desc')
    .orderBy('version', 'desc')
    .executeTakeFirst();
  if (!model) return 0;
  const course = courseFromStored(`model:${MODEL_COURSE_KEY}@${model.version}`, model.course);
  let seeded = 0;
  for (const [index, organization] of organizations.entries()) {
    if (organization.kind === 'ngo') continue;
    if (
      await seedOrganizationTraining(db, organization, { version: model.version, course }, 5000 + index, now)
    )
      seeded += 1;
  }
  return seeded;
}
