import type { IssuedCertificate } from './Certificate';

export const COURSE_STATUSES = ['not_started', 'in_progress', 'passed', 'overdue'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

/** The signed-in person's course, as the player shows it (see api.ts for where it comes from). */
export type MyCourse = {
  assignmentId: string;
  title: string;
  dueDate: string;
  status: CourseStatus;
  /** The cycle shown is not opened yet (first enrolment or a due refresher): the player starts it. */
  needsStart: boolean;
  versionLabel: string | null;
  modules: { id: string; title: string; managers: boolean; done: boolean }[];
  resumeModuleId: string | null;
  quiz: {
    passMark: number;
    questionCount: number;
    attemptsLeft: number;
    lastScore: number | null;
    unlocked: boolean;
    /** An attempt was started and not submitted: the quiz page resumes it as drawn. */
    open: boolean;
  };
  completion: { completedAt: string; certificate: IssuedCertificate | null } | null;
};

export function nextModuleId(course: MyCourse): string | null {
  if (course.resumeModuleId && course.modules.some((module) => module.id === course.resumeModuleId))
    return course.resumeModuleId;
  return course.modules.find((module) => !module.done)?.id ?? null;
}
