import { router } from '../../trpc/procedures.js';
import { answerCheck } from './answerCheck.js';
import { completeModule } from './completeModule.js';
import { module } from './module.js';
import { overview } from './overview.js';
import { start } from './start.js';
import { startAttempt } from './startAttempt.js';
import { submitAttempt } from './submitAttempt.js';

export const myTrainingRouter = router({
  overview,
  start,
  module,
  answerCheck,
  completeModule,
  startAttempt,
  submitAttempt,
});
