import { moduleContent } from '../../services/training/portal.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { moduleInput } from '../training/inputs.js';

/** One module in one language; its checks come without answers. */
export const module = tenantProcedure('training.own')
  .input(moduleInput)
  .query(({ ctx, input }) => moduleContent(ctx.tx, ctx.tenant.tenantId, ctx.session.userId, input));
