export const MY_TRAINING_PATH = '/my-training';
export const MY_TRAINING_MODULE_PATH = '/my-training/modules/:moduleId';
export const MY_TRAINING_QUIZ_PATH = '/my-training/quiz';
export const HR_TRAINING_PATH = '/hr/training';

export function modulePath(moduleId: string): string {
  return `/my-training/modules/${encodeURIComponent(moduleId)}`;
}
