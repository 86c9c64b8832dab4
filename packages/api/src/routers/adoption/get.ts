import { adoptionByVersionInput } from '@qorgau/core';
import { getAdoption } from '../../services/adoption/record-adoption.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const get = tenantProcedure('policy.read')
  .input(adoptionByVersionInput)
  .query(({ ctx, input }) => getAdoption(ctx.tx, input.versionId));
