import { submitPolicyInput } from '@qorgau/core';
import { submitVersion } from '../../services/policy/versions.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const submit = tenantProcedure('policy.write')
  .input(submitPolicyInput)
  .mutation(({ ctx, input }) => submitVersion(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
