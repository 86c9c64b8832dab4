import { sql } from 'kysely';

/**
 * True when the enrolment aliased `e` is its person's newest cycle of the assignment: trackers and
 * the refresher sweep look at the current cycle only, never at the completed ones before it.
 */
export const newestCycleOnly = sql<boolean>`not exists (
  select 1 from training_enrolments later
  where later.tenant_id = e.tenant_id and later.assignment_id = e.assignment_id
    and later.person_id = e.person_id and later.cycle > e.cycle)`;
