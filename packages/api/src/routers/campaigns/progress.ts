import { campaignIdInput } from '@qorgau/core';
import { campaignProgress } from '../../services/acknowledgement/tracking.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const progress = tenantProcedure('campaigns.read')
  .input(campaignIdInput)
  .query(({ ctx, input }) => campaignProgress(ctx.tx, input.id));
