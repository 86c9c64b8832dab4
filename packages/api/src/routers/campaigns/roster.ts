import { campaignIdInput } from '@qorgau/core';
import { campaignRoster } from '../../services/acknowledgement/roster.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** Every person of the campaign with their evidence: time, language, text hash, IP, user agent, receipt. */
export const roster = tenantProcedure('campaigns.read')
  .input(campaignIdInput)
  .query(({ ctx, input }) => campaignRoster(ctx.tx, input.id));
