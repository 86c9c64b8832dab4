import { router } from '../../trpc/procedures.js';
import { answerCheck } from './answerCheck.js';
import { completeModule } from './completeModule.js';
import { module } from './module.js';
import { overview } from './overview.js';
import { startAttempt } from './startAttempt.js';
import { submitAttempt } from './submitAttempt.js';

export const myTrainingRouter = router({
  overview,
  module,
  answerCheck,
  completeModule,
  startAttempt,
  submitAttempt,
});
