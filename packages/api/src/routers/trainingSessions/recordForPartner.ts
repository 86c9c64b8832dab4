import { recordPartnerSession } from '../../services/training/partner-sessions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { partnerSessionInput } from '../training/inputs.js';

/** Project staff record a programme session held with a partner, with its attendance list. */
export const recordForPartner = tenantProcedure('training.author')
  .input(partnerSessionInput)
  .mutation(({ ctx, input }) =>
    recordPartnerSession(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input),
  );
