export { type LearnerAudience, modulesFor, questionBankFor } from './content/audience.js';
export { buildCourse, type CourseSources, TrainingContentError } from './content/build-course.js';
export { clearModelCourseCache, DEFAULT_COURSE_DIR, loadModelCourse } from './content/load-course.js';
export * from './content/schema.js';
export * from './quiz/index.js';
