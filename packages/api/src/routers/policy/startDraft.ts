import { startDraft as startDraftService } from '../../services/policy/versions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const startDraft = tenantProcedure('policy.write').mutation(({ ctx }) =>
  startDraftService(ctx.tx, ctx.tenant.tenantId, actorOf(ctx)),
);
