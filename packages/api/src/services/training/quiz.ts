import { randomUUID } from 'node:crypto';
import { DomainError, notFound } from '@qorgau/core';
import {
  type Executor,
  quizSubmissionRepository,
  trainingAttemptsRepository,
  trainingLearningRepository,
} from '@qorgau/db';
import {
  attemptsLeft,
  type DrawnQuestion,
  drawQuiz,
  refuseNewAttempt,
  scoreAttempt,
  type TrainingLanguage,
  toPublicQuestion,
} from '@qorgau/training';
import type { AppDeps } from '../../deps.js';
import { type Actor, auditEntry } from '../audit.js';
import { courseVersionById } from './course-versions.js';
import { enrolmentOf, learnerCourse, learnerOf, versionOf } from './learner.js';

function publicQuiz(
  bank: ReturnType<typeof learnerCourse>['bank'],
  drawn: DrawnQuestion[],
  language: TrainingLanguage,
) {
  const byId = new Map(bank.map((question) => [question.id, question]));
  return drawn.flatMap((item) => {
    const question = byId.get(item.id);
    return question ? [toPublicQuestion(question, language, item.options)] : [];
  });
}

/**
 * Starts the final quiz, or resumes the open attempt with exactly the questions and option order it
 * was drawn with. Only public questions leave: no correct option ids, no explanations.
 */
export async function startAttempt(
  tx: Executor,
  tenantId: string,
  userId: string,
  input: { assignmentId: string; language: TrainingLanguage },
  now: Date,
) {
  const learner = await learnerOf(tx, userId);
  const enrolment = await enrolmentOf(tx, learner, input.assignmentId, { lock: true });
  const key = { assignmentId: enrolment.assignmentId, personId: learner.id, cycle: enrolment.cycle };
  const version = await versionOf(tx, tenantId, enrolment);
  const { modules, bank } = learnerCourse(version, learner);
  const attempts = await trainingAttemptsRepository.attemptsOf(tx, key);
  const open = attempts.find((attempt) => !attempt.submittedAt);
  if (open) {
    const openVersion = await courseVersionById(tx, open.courseVersionId);
    const drawn = open.questions as DrawnQuestion[];
    return {
      attemptId: open.id,
      number: open.number,
      resumed: true,
      questions: publicQuiz(learnerCourse(openVersion, learner).bank, drawn, input.language),
    };
  }
  if (enrolment.status !== 'pending') throw new DomainError('CONFLICT', 'training.alreadyPassed');
  if (!modules.every((module) => enrolment.modulesDone.includes(module.id))) {
    throw new DomainError('CONFLICT', 'training.modulesNotDone');
  }
  const submitted = attempts.filter((attempt) => attempt.submittedAt);
  const refusal = refuseNewAttempt({
    used: submitted.length,
    maxAttempts: version.course.maxAttempts,
    extraGranted: enrolment.extraAttempts,
    passed: submitted.some((attempt) => attempt.passed),
  });
  if (refusal) throw new DomainError('CONFLICT', `training.${refusal}`);
  const seed = randomUUID();
  const drawn = drawQuiz(bank, version.course.questionsPerAttempt, seed);
  const number = attempts.length + 1;
  const attemptId = await trainingAttemptsRepository.insertAttempt(tx, {
    tenantId,
    ...key,
    number,
    courseVersionId: version.id,
    language: input.language,
    seed,
    questions: drawn,
    questionCount: drawn.length,
  });
  if (!enrolment.courseVersionId || !enrolment.startedAt) {
    await trainingLearningRepository.updateProgress(tx, key, {
      courseVersionId: version.id,
      ...(enrolment.startedAt ? {} : { startedAt: now }),
    });
  }
  return { attemptId, number, resumed: false, questions: publicQuiz(bank, drawn, input.language) };
}

/**
 * Scores on the server against the frozen course version. A pass records the completion (naming
 * the version), closes the cycle and queues the signed certificate.
 */
export async function submitAttempt(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { attemptId: string; answers: { questionId: string; optionIds: string[] }[] },
) {
  // One read for every check below, which also locks the attempt and the enrolment.
  const context = await quizSubmissionRepository.findSubmissionContext(tx, {
    userId: actor.userId ?? '',
    attemptId: input.attemptId,
  });
  if (!context) throw new DomainError('NOT_FOUND', 'training.noDirectoryEntry');
  const { learner, attempt, enrolment } = context;
  if (!attempt) throw notFound('trainingAttempt');
  if (attempt.submittedAt) throw new DomainError('CONFLICT', 'training.attemptSubmitted');
  if (!enrolment || enrolment.status === 'cancelled') throw notFound('trainingAssignment');
  const version = await courseVersionById(tx, attempt.courseVersionId);
  const { bank } = learnerCourse(version, learner);
  const drawn = attempt.questions as DrawnQuestion[];
  const answers = Object.fromEntries(input.answers.map((answer) => [answer.questionId, answer.optionIds]));
  const score = scoreAttempt(bank, drawn, answers, version.course.passMark);
  const key = { assignmentId: attempt.assignmentId, personId: learner.id, cycle: attempt.cycle };
  const completes = score.passed && enrolment.cycle === attempt.cycle && enrolment.status === 'pending';
  const completionId = completes ? randomUUID() : null;
  // Attempts are numbered in order and only one is open at a time: this one's number is the count used.
  const used = attempt.number;
  const byId = new Map(bank.map((question) => [question.id, question]));
  const language = attempt.language;
  const audit = auditEntry(
    tenantId,
    actor,
    score.passed ? 'training.quizPassed' : 'training.quizFailed',
    { type: 'trainingAttempt', id: attempt.id },
    { scorePercent: score.scorePercent, courseVersion: version.number },
  );
  // One statement: the attempt is locked since it was read, so it is still open here.
  await quizSubmissionRepository.recordSubmission(tx, {
    attemptId: attempt.id,
    submittedAt: new Date(),
    outcome: {
      answers,
      results: score.results.map((result) => ({ questionId: result.questionId, correct: result.correct })),
      correctCount: score.correctCount,
      scorePercent: score.scorePercent,
      passed: score.passed,
    },
    completion: completionId
      ? {
          id: completionId,
          tenantId,
          key,
          courseVersionId: version.id,
          scorePercent: score.scorePercent,
          language: attempt.language,
          completedAt: deps.clock(),
          certificate:
            deps.jobs?.inlineRender({
              type: 'trainingCertificate',
              tenantId,
              completionId,
              issuedBy: actor.userId,
            }) ?? null,
        }
      : null,
    audit,
  });
  return {
    scorePercent: score.scorePercent,
    correctCount: score.correctCount,
    total: score.total,
    passMark: version.course.passMark,
    passed: score.passed,
    attemptsLeft: score.passed
      ? 0
      : attemptsLeft({
          used,
          maxAttempts: version.course.maxAttempts,
          extraGranted: enrolment.extraAttempts,
          passed: false,
        }),
    completionId,
    results: score.results.map((result) => {
      const question = byId.get(result.questionId);
      return {
        questionId: result.questionId,
        correct: result.correct,
        chosenOptionIds: result.chosen,
        correctOptionIds: question?.correct ?? [],
        explanation: question?.explanation[language] ?? '',
      };
    }),
  };
}
