import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@qorgau/db';
import { type Course, drawQuiz, loadModelCourse, questionBankFor } from '@qorgau/training';
import {
  inChunks,
  insertBenchOrganization,
  insertSignedInMembers,
  type SignedInMember,
} from './support/bench-tenant.js';

const course: Course = loadModelCourse();
const bank = questionBankFor(course, 'everyone');

export interface Learner extends SignedInMember {
  attemptId: string;
  answers: { questionId: string; optionIds: string[] }[];
}
interface Fixture {
  tenantId: string;
  versionId: string;
  assignmentId: string;
  learners: Learner[];
}

/** A tenant with `count` learners who finished the modules and have a quiz attempt open. */
export async function buildQuizFixture(owner: Db, count: number): Promise<Fixture> {
  const tenantId = await insertBenchOrganization(owner, '8');
  const version = await owner
    .insertInto('training_course_versions')
    .values({
      tenant_id: tenantId,
      number: 1,
      course_key: course.key,
      model_version: course.version,
      content: JSON.stringify(course),
      sha256: createHash('sha256').update(JSON.stringify(course)).digest('hex'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const assignment = await owner
    .insertInto('training_assignments')
    .values({
      tenant_id: tenantId,
      course_key: course.key,
      title: 'Bench',
      audience: '{}',
      due_date: '2030-01-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const modulesDone = course.modules
    .filter((module) => module.audience === 'everyone')
    .map((module) => module.id);
  const learners: Learner[] = [];
  for (let index = 0; index < count; index += 1) {
    const seed = randomUUID();
    const drawn = drawQuiz(bank, course.questionsPerAttempt, seed);
    learners.push({
      personId: randomUUID(),
      userId: randomUUID(),
      token: randomBytes(32).toString('base64url'),
      userName: 'Bench',
      personName: `Қызметкер ${index}`,
      attemptId: randomUUID(),
      answers: drawn.map((item) => ({
        questionId: item.id,
        optionIds: [...(bank.find((question) => question.id === item.id)?.correct ?? [])],
      })),
    });
  }
  await inChunks(learners, async (chunk) => {
    await insertSignedInMembers(owner, tenantId, chunk);
    await owner
      .insertInto('training_enrolments')
      .values(
        chunk.map((l) => ({
          tenant_id: tenantId,
          assignment_id: assignment.id,
          person_id: l.personId,
          cycle: 1,
          due_date: '2030-01-01',
          course_version_id: version.id,
          modules_done: modulesDone,
          started_at: new Date(),
        })),
      )
      .execute();
    await owner
      .insertInto('training_attempts')
      .values(
        chunk.map((l) => ({
          tenant_id: tenantId,
          id: l.attemptId,
          assignment_id: assignment.id,
          person_id: l.personId,
          cycle: 1,
          number: 1,
          course_version_id: version.id,
          language: 'ru' as const,
          seed: 'bench',
          questions: JSON.stringify(
            l.answers.map((answer) => ({
              id: answer.questionId,
              options:
                bank.find((question) => question.id === answer.questionId)?.options.map((o) => o.id) ?? [],
            })),
          ),
          question_count: l.answers.length,
        })),
      )
      .execute();
  });
  return { tenantId, versionId: version.id, assignmentId: assignment.id, learners };
}
