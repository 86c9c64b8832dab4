import { listCampaigns } from '../../services/acknowledgement/tracking.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('campaigns.read').query(({ ctx }) => listCampaigns(ctx.tx));
