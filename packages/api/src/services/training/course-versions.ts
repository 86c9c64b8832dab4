import { DomainError, notFound } from '@qorgau/core';
import { type Executor, trainingRepository } from '@qorgau/db';
import { type Course, moduleSchema, questionSchema, type TrainingModule } from '@qorgau/training';
import type { Actor } from '../audit.js';
import { recordAudit } from '../audit.js';
import { courseFromStored, courseHash, MODEL_COURSE_KEY } from './model.js';

export interface CourseVersion {
  id: string;
  number: number;
  modelVersion: string;
  course: Course;
}

const versions = new Map<string, CourseVersion>();

/**
 * Course versions never change (the database refuses it), so each is read and validated once per
 * process. Callers pass ids they read from rows under row-level security (an attempt, an
 * enrolment, a session), never an id taken from the request.
 */
export async function courseVersionById(db: Executor, id: string): Promise<CourseVersion> {
  const cached = versions.get(id);
  if (cached) return cached;
  const row = await trainingRepository.findCourseVersion(db, id);
  if (!row) throw notFound('trainingCourse');
  const version = {
    id: row.id,
    number: row.number,
    modelVersion: row.modelVersion,
    course: courseFromStored(row.id, row.content),
  };
  versions.set(id, version);
  return version;
}

/** The latest model plus the organisation's own modules and questions, as learners will take it. */
async function composeCourse(db: Executor): Promise<{ modelVersion: string; course: Course }> {
  const model = await trainingRepository.latestTrainingModel(db, MODEL_COURSE_KEY);
  if (!model) throw new DomainError('CONFLICT', 'training.noModelPublished');
  const base = courseFromStored(`model:${MODEL_COURSE_KEY}@${model.version}`, model.course);
  const modules = (await trainingRepository.listCustomModules(db)).map((row) =>
    moduleSchema.parse(row.content),
  );
  const questions = (await trainingRepository.listCustomQuestions(db)).map((row) =>
    questionSchema.parse(row.content),
  );
  const moduleIds = new Set([...base.modules, ...modules].map((module: TrainingModule) => module.id));
  const course: Course = {
    ...base,
    modules: [...base.modules, ...modules],
    questionBank: [...base.questionBank, ...questions.filter((question) => moduleIds.has(question.moduleId))],
  };
  return { modelVersion: model.version, course };
}

/**
 * Freezes what learners take now into a new course version, unless it is the same as the latest.
 * A completion then names exactly the text and questions the person had.
 */
export async function publishCourseVersion(
  tx: Executor,
  tenantId: string,
  actor: Actor | null,
): Promise<{ id: string; number: number; created: boolean }> {
  const composed = await composeCourse(tx);
  const sha256 = courseHash(composed.course);
  const latest = await trainingRepository.latestCourseVersion(tx, MODEL_COURSE_KEY);
  if (latest?.sha256 === sha256) return { id: latest.id, number: latest.number, created: false };
  const version = await trainingRepository.insertCourseVersion(tx, {
    tenantId,
    courseKey: MODEL_COURSE_KEY,
    modelVersion: composed.modelVersion,
    content: composed.course,
    sha256,
    createdBy: actor?.userId ?? null,
  });
  if (actor) {
    await recordAudit(tx, tenantId, actor, 'training.courseVersionPublished', {
      type: 'trainingCourseVersion',
      id: version.id,
    });
  }
  return { ...version, created: true };
}

/** The version new learners start on: the latest frozen one, created from the model on first use. */
export async function currentCourseVersion(tx: Executor, tenantId: string): Promise<CourseVersion> {
  const latest = await trainingRepository.latestCourseVersion(tx, MODEL_COURSE_KEY);
  if (latest) {
    return {
      id: latest.id,
      number: latest.number,
      modelVersion: latest.modelVersion,
      course: courseFromStored(latest.id, latest.content),
    };
  }
  const created = await publishCourseVersion(tx, tenantId, null);
  return courseVersionById(tx, created.id);
}

export async function listCourseVersions(tx: Executor) {
  const rows = await trainingRepository.listCourseVersions(tx);
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt).toISOString() }));
}
