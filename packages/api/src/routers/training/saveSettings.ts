import { saveTrainingSettings } from '../../services/training/settings.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { settingsInput } from './inputs.js';

/** Switches quiz-gated acknowledgement and the onboarding window. */
export const saveSettings = tenantProcedure('training.manage')
  .input(settingsInput)
  .mutation(({ ctx, input }) => saveTrainingSettings(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
