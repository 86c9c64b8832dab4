import { personIdInput } from '@qorgau/core';
import { getPerson } from '../../services/people.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const get = tenantProcedure('people.read')
  .input(personIdInput)
  .query(({ ctx, input }) => getPerson(ctx.tx, input.id));
