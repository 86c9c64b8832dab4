import { importApplyInput } from '@qorgau/core';
import { applyImport } from '../../services/people-import/apply.js';
import { importProgressReporter } from '../../services/people-import/progress.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const importApply = tenantProcedure('people.write')
  .input(importApplyInput)
  .mutation(({ ctx, input }) =>
    applyImport(
      ctx.tx,
      ctx.tenant.tenantId,
      actorOf(ctx),
      input,
      importProgressReporter(ctx.deps.db, ctx.tenant, input.runId),
      ctx.deps.clock(),
    ),
  );
