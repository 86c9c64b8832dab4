import { publishPolicyInput } from '@qorgau/core';
import { publishVersion } from '../../services/acknowledgement/publish.js';
import { actorOf } from '../../trpc/actor.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const publish = tenantProcedure('policy.publish')
  .input(publishPolicyInput)
  .mutation(({ ctx, input }) => publishVersion(ctx.tx, ctx.tenant.tenantId, actorOf(ctx), input));
