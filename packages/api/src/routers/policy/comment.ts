import { policyCommentInput } from '@qorgau/core';
import { commentOnVersion } from '../../services/policy/versions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const comment = tenantProcedure('policy.write')
  .input(policyCommentInput)
  .mutation(({ ctx, input }) =>
    commentOnVersion(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), 'organization', input),
  );
