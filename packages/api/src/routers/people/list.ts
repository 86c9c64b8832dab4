import { listPeopleInput } from '@qorgau/core';
import { listPeople } from '../../services/people.js';
import { tenantProcedure } from '../../trpc/procedures.js';

export const list = tenantProcedure('people.read')
  .input(listPeopleInput)
  .query(({ ctx, input }) => listPeople(ctx.tx, input));
