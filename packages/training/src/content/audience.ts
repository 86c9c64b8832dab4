import type { Course, Question, TrainingModule } from './schema.js';

export type LearnerAudience = 'everyone' | 'managers';

/** Managers take every module; everyone else never sees the managers' modules. */
export function modulesFor(course: Course, audience: LearnerAudience): TrainingModule[] {
  return course.modules.filter((module) => audience === 'managers' || module.audience === 'everyone');
}

/** The final quiz may only ask about modules the learner was shown. */
export function questionBankFor(course: Course, audience: LearnerAudience): Question[] {
  const shown = new Set(modulesFor(course, audience).map((module) => module.id));
  return course.questionBank.filter((question) => shown.has(question.moduleId));
}
