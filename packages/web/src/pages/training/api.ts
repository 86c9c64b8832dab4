import type { AppRouter } from '@qorgau/api';
import type { Language } from '@qorgau/core';
import { useQuery } from '@tanstack/react-query';
import type { inferOutput, TRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { useTRPC } from '../../app/trpc';
import { CERTIFICATE_POLL_MS } from './Certificate';
import { COURSE_STATUSES, type MyCourse } from './types';

type Api = TRPCOptionsProxy<AppRouter>;
type Overview = NonNullable<inferOutput<Api['myTraining']['overview']>>;
export type ModuleContent = inferOutput<Api['myTraining']['module']>;
export type StartedAttempt = inferOutput<Api['myTraining']['startAttempt']>;
export type SubmittedAttempt = inferOutput<Api['myTraining']['submitAttempt']>;

function toCourse(overview: Overview, language: Language): MyCourse {
  return {
    assignmentId: overview.assignmentId,
    title: overview.courseTitle[language],
    dueDate: overview.dueDate,
    status: COURSE_STATUSES.find((status) => status === overview.status) ?? 'not_started',
    needsStart: overview.pendingStart !== null,
    versionLabel: String(overview.courseVersionNumber),
    modules: overview.modules.map((module) => ({
      id: module.id,
      title: module.title[language],
      managers: module.audience === 'managers',
      done: module.completed,
    })),
    resumeModuleId: overview.resumeModuleId,
    quiz: {
      passMark: overview.quiz.passMark,
      questionCount: overview.quiz.questionsPerAttempt,
      attemptsLeft: overview.quiz.attemptsLeft,
      lastScore: overview.quiz.lastScore,
      unlocked: overview.quiz.unlocked,
      open: overview.quiz.openAttemptId !== null,
    },
    completion: overview.completion,
  };
}

/**
 * The person's course in the language they read it in; polls while a certificate is being rendered.
 * Only reads: views that open the course use useOpenedCourse, which starts it.
 */
export function useMyCourse(language: Language, options: { pollForCertificate?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery(
    trpc.myTraining.overview.queryOptions(undefined, {
      select: (overview) => (overview ? toCourse(overview, language) : null),
      refetchInterval: options.pollForCertificate ? CERTIFICATE_POLL_MS : false,
    }),
  );
}
