import * as portal from '../../services/training/portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { completeModuleInput } from '../training/inputs.js';

/** Marks a module done and moves the resume point. */
export const completeModule = tenantProcedure('training.own')
  .input(completeModuleInput)
  .mutation(({ ctx, input }) =>
    portal.completeModule(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, input, ctx.deps.clock()),
  );
