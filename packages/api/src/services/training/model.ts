import { createHash } from 'node:crypto';
import { DomainError } from '@qorgau/core';
import { type Executor, trainingRepository } from '@qorgau/db';
import { type Course, courseSchema, loadModelCourse } from '@qorgau/training';
import { TEMPLATES_DIR } from '../../paths.js';
import { type Actor, recordAudit } from '../audit.js';

/** The course in templates/training: what a deployment ships, published by project staff. */
export function shippedCourse(): Course {
  return loadModelCourse(`${TEMPLATES_DIR}/training`);
}

export const MODEL_COURSE_KEY = 'anti-harassment';

/** First start of a deployment: the shipped course becomes the first published model. */
export async function bootstrapTrainingModel(ownerDb: Executor): Promise<boolean> {
  const course = shippedCourse();
  if (await trainingRepository.latestTrainingModel(ownerDb, course.key)) return false;
  return trainingRepository.insertInitialTrainingModel(ownerDb, {
    courseKey: course.key,
    version: course.version,
    course,
    changelog: 'Initial model course',
  });
}

/** Project staff publish the course that ships with this deployment, with their changelog. */
export async function publishShippedCourse(tx: Executor, tenantId: string, actor: Actor, changelog: string) {
  const course = shippedCourse();
  if (await trainingRepository.findTrainingModel(tx, course.key, course.version)) {
    throw new DomainError('CONFLICT', 'training.modelAlreadyPublished');
  }
  await trainingRepository.publishTrainingModel(tx, {
    courseKey: course.key,
    version: course.version,
    course,
    changelog,
  });
  await recordAudit(tx, tenantId, actor, 'programme.trainingModelPublished', {
    type: 'trainingModel',
    id: `${course.key}@${course.version}`,
  });
  return { courseKey: course.key, version: course.version };
}

export async function listModels(tx: Executor) {
  const shipped = shippedCourse();
  const rows = await trainingRepository.listTrainingModels(tx);
  return {
    shipped: { courseKey: shipped.key, version: shipped.version },
    shippedPublished: rows.some((row) => row.courseKey === shipped.key && row.version === shipped.version),
    published: rows.map((row) => ({ ...row, publishedAt: new Date(row.publishedAt).toISOString() })),
  };
}

const parsed = new Map<string, Course>();

/** Stored courses never change (append-only tables), so each is validated once per process. */
export function courseFromStored(cacheKey: string, content: unknown): Course {
  const cached = parsed.get(cacheKey);
  if (cached) return cached;
  const course = courseSchema.parse(content);
  parsed.set(cacheKey, course);
  return course;
}

export function courseHash(course: Course): string {
  return createHash('sha256').update(JSON.stringify(course)).digest('hex');
}
