import { recordAdoptionInput } from '@qorgau/core';
import { recordAdoption } from '../../services/adoption/record-adoption.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const record = tenantProcedure('policy.adopt')
  .input(recordAdoptionInput)
  .mutation(({ ctx, input }) => recordAdoption(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input));
