import { DomainError, notFound } from '@qorgau/core';
import { type Executor, trainingLearningRepository } from '@qorgau/db';
import { type LearnerAudience, modulesFor, questionBankFor } from '@qorgau/training';
import { type CourseVersion, courseVersionById, currentCourseVersion } from './course-versions.js';

export type Learner = NonNullable<Awaited<ReturnType<typeof trainingLearningRepository.learnerByUser>>>;
export type Enrolment = NonNullable<Awaited<ReturnType<typeof trainingLearningRepository.findEnrolment>>>;

export async function learnerOf(tx: Executor, userId: string): Promise<Learner> {
  const learner = await trainingLearningRepository.learnerByUser(tx, userId);
  if (!learner) throw new DomainError('NOT_FOUND', 'training.noDirectoryEntry');
  return learner;
}

export function audienceOf(learner: { isManager: boolean }): LearnerAudience {
  return learner.isManager ? 'managers' : 'everyone';
}

/** The learner's current cycle of an assignment; never another person's. */
export async function enrolmentOf(
  tx: Executor,
  learner: Learner,
  assignmentId: string,
  options: { lock?: boolean } = {},
): Promise<Enrolment> {
  const enrolment = await trainingLearningRepository.findEnrolment(
    tx,
    { assignmentId, personId: learner.id },
    options,
  );
  if (!enrolment || enrolment.status === 'cancelled') throw notFound('trainingAssignment');
  return enrolment;
}

/** The version the learner is on: pinned once they start, the current one before that. */
export async function versionOf(
  tx: Executor,
  tenantId: string,
  enrolment: Enrolment,
): Promise<CourseVersion> {
  return enrolment.courseVersionId
    ? courseVersionById(tx, enrolment.courseVersionId)
    : currentCourseVersion(tx, tenantId);
}

export function learnerCourse(version: CourseVersion, learner: { isManager: boolean }) {
  const audience = audienceOf(learner);
  return {
    modules: modulesFor(version.course, audience),
    bank: questionBankFor(version.course, audience),
  };
}
