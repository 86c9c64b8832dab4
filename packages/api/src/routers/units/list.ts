import { listUnits } from '../../services/units.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('units.read').query(({ ctx }) => listUnits(ctx.tx));
