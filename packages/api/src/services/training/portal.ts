import { notFound } from '@qorgau/core';
import { type Executor, trainingAttemptsRepository, trainingLearningRepository } from '@qorgau/db';
import { attemptsLeft, type TrainingLanguage, toPublicQuestion } from '@qorgau/training';
import { enrolmentOf, learnerCourse, learnerOf, versionOf } from './learner.js';
import { enrolmentToShow } from './my-enrolment.js';

/**
 * What the learner has to take now, and where they stand with it. Reads only: a cycle not opened
 * yet is shown as it will be, with `pendingStart` saying that myTraining.start opens it.
 * Nothing here reveals an answer.
 */
export async function myTrainingOverview(tx: Executor, tenantId: string, userId: string, today: string) {
  const learner = await trainingLearningRepository.learnerByUser(tx, userId);
  if (learner?.status !== 'active') return null;
  const shown = await enrolmentToShow(tx, tenantId, learner.id, today);
  if (!shown) return null;
  const { enrolment, pendingStart } = shown;
  const version = await versionOf(tx, tenantId, enrolment);
  const { modules, bank } = learnerCourse(version, learner);
  const key = { assignmentId: enrolment.assignmentId, personId: learner.id, cycle: enrolment.cycle };
  const attempts = await trainingAttemptsRepository.attemptsOf(tx, key);
  const submitted = attempts.filter((attempt) => attempt.submittedAt);
  const passed = submitted.some((attempt) => attempt.passed);
  const open = attempts.find((attempt) => !attempt.submittedAt);
  const certificate = enrolment.completionId
    ? await trainingAttemptsRepository.certificateOf(tx, enrolment.completionId)
    : undefined;
  const done = new Set(enrolment.modulesDone);
  const course = version.course;
  const status =
    enrolment.status === 'completed'
      ? 'passed'
      : enrolment.dueDate < today
        ? 'overdue'
        : enrolment.startedAt
          ? 'in_progress'
          : 'not_started';
  return {
    assignmentId: enrolment.assignmentId,
    title: enrolment.title,
    cycle: enrolment.cycle,
    dueDate: enrolment.dueDate,
    status,
    pendingStart,
    courseVersionId: version.id,
    courseVersionNumber: version.number,
    courseTitle: course.title,
    summary: course.summary,
    isManager: learner.isManager,
    modules: modules.map((module) => ({
      id: module.id,
      title: module.title,
      audience: module.audience,
      completed: done.has(module.id),
    })),
    resumeModuleId: enrolment.resumeModule ?? modules.find((module) => !done.has(module.id))?.id ?? null,
    quiz: {
      passMark: course.passMark,
      questionsPerAttempt: Math.min(course.questionsPerAttempt, bank.length),
      maxAttempts: course.maxAttempts + enrolment.extraAttempts,
      attemptsUsed: submitted.length,
      attemptsLeft: attemptsLeft({
        used: submitted.length,
        maxAttempts: course.maxAttempts,
        extraGranted: enrolment.extraAttempts,
        passed,
      }),
      passed,
      lastScore: submitted.at(-1)?.scorePercent ?? null,
      openAttemptId: open?.id ?? null,
      unlocked: modules.every((module) => done.has(module.id)),
    },
    completion: enrolment.completedAt
      ? {
          completedAt: new Date(enrolment.completedAt).toISOString(),
          certificate: certificate ?? null,
        }
      : null,
  };
}

/** One module's text in one language, with its short checks stripped of their answers. */
export async function moduleContent(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: { assignmentId: string; moduleId: string; language: TrainingLanguage },
) {
  const learner = await learnerOf(tx, userId);
  const enrolment = await enrolmentOf(tx, learner, input.assignmentId);
  const version = await versionOf(tx, tenantId, enrolment);
  const module = learnerCourse(version, learner).modules.find((candidate) => candidate.id === input.moduleId);
  if (!module) throw notFound('trainingModule');
  return {
    id: module.id,
    title: module.title[input.language],
    body: module.body[input.language],
    media: module.media.map((media) => ({
      kind: media.kind,
      url: media.url,
      caption: media.caption[input.language],
    })),
    checks: module.checks.map((check) => toPublicQuestion(check, input.language)),
    completed: enrolment.modulesDone.includes(module.id),
  };
}

/** A module's short check is practice, not the quiz: the answer and its explanation come back at once. */
export async function answerCheck(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: {
    assignmentId: string;
    moduleId: string;
    checkId: string;
    optionIds: string[];
    language: TrainingLanguage;
  },
) {
  const learner = await learnerOf(tx, userId);
  const enrolment = await enrolmentOf(tx, learner, input.assignmentId);
  const version = await versionOf(tx, tenantId, enrolment);
  const module = learnerCourse(version, learner).modules.find((candidate) => candidate.id === input.moduleId);
  const check = module?.checks.find((candidate) => candidate.id === input.checkId);
  if (!check) throw notFound('trainingCheck');
  const chosen = new Set(input.optionIds);
  const correct = chosen.size === check.correct.length && check.correct.every((id) => chosen.has(id));
  return { correct, correctOptionIds: check.correct, explanation: check.explanation[input.language] };
}

/** Records a module as done and where to resume; the first step pins the course version. */
export async function completeModule(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: { assignmentId: string; moduleId: string },
  now: Date,
) {
  const learner = await learnerOf(tx, userId);
  const enrolment = await enrolmentOf(tx, learner, input.assignmentId, { lock: true });
  const version = await versionOf(tx, tenantId, enrolment);
  const { modules } = learnerCourse(version, learner);
  const index = modules.findIndex((module) => module.id === input.moduleId);
  if (index < 0) throw notFound('trainingModule');
  const done = [...new Set([...enrolment.modulesDone, input.moduleId])];
  const next = modules.slice(index + 1).find((module) => !done.includes(module.id)) ?? null;
  await trainingLearningRepository.updateProgress(
    tx,
    { assignmentId: enrolment.assignmentId, personId: learner.id, cycle: enrolment.cycle },
    {
      courseVersionId: version.id,
      modulesDone: done,
      resumeModule: next?.id ?? null,
      ...(enrolment.startedAt ? {} : { startedAt: now }),
    },
  );
  return {
    modulesDone: done,
    resumeModuleId: next?.id ?? null,
    quizUnlocked: modules.every((module) => done.includes(module.id)),
  };
}
