import { listVersions } from '../../services/policy/versions.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const versions = tenantProcedure('policy.read').query(({ ctx }) => listVersions(ctx.tx));
