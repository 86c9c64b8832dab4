import { audienceRepository } from '@qorgau/db';
import { tenantProcedure } from '../../trpc/procedures.js';

/** The kinds and positions of active people, to narrow a campaign's audience by role. */
export const audienceChoices = tenantProcedure('policy.publish').query(({ ctx }) =>
  audienceRepository.audienceChoices(ctx.tx),
);
