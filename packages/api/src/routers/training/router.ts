import { router } from '../../trpc/procedures.js';
import { addModule } from './addModule.js';
import { addQuestion } from './addQuestion.js';
import { archiveContent } from './archiveContent.js';
import { assignments } from './assignments.js';
import { closeAssignment } from './closeAssignment.js';
import { content } from './content.js';
import { courseVersions } from './courseVersions.js';
import { createAssignment } from './createAssignment.js';
import { grantAttempt } from './grantAttempt.js';
import { models } from './models.js';
import { publishCourse } from './publishCourse.js';
import { publishModel } from './publishModel.js';
import { quizStats } from './quizStats.js';
import { saveSettings } from './saveSettings.js';
import { setManager } from './setManager.js';
import { settings } from './settings.js';
import { tracking } from './tracking.js';
import { unitSummary } from './unitSummary.js';

export const trainingRouter = router({
  settings,
  saveSettings,
  assignments,
  createAssignment,
  closeAssignment,
  tracking,
  unitSummary,
  quizStats,
  grantAttempt,
  setManager,
  content,
  addModule,
  addQuestion,
  archiveContent,
  publishCourse,
  courseVersions,
  models,
  publishModel,
});
