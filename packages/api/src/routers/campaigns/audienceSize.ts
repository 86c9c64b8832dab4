import { audienceSizeInput } from '@qorgau/core';
import { audienceSize as countAudience } from '../../services/acknowledgement/publish.js';
import { tenantProcedure } from '../../trpc/procedures.js';

/** How many active people the audience being chosen names, before publishing. */
export const audienceSize = tenantProcedure('policy.publish')
  .input(audienceSizeInput)
  .query(({ ctx, input }) => countAudience(ctx.tx, input.audience));
