import { campaignIdInput } from '@qorgau/core';
import { remindCampaignNow } from '../../services/reminders/remind-now.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const remindNow = tenantProcedure('policy.publish')
  .input(campaignIdInput)
  .mutation(({ ctx, input }) =>
    remindCampaignNow(ctx.tx, ctx.deps, ctx.tenant.tenantId, actorOf(ctx), input.id),
  );
