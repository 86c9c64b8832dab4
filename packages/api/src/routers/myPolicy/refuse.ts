import { languageSchema, refuseInput } from '@qorgau/core';
import { refusePolicy } from '../../services/acknowledgement/staff-portal.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const refuse = tenantProcedure('acknowledgement.own')
  .input(refuseInput.extend({ language: languageSchema }))
  .mutation(({ ctx, input }) =>
    refusePolicy(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), ctx.origin, input),
  );
