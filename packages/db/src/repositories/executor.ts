import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

/** Either the pool or an open transaction: repositories do not care which. */
export type Executor = Kysely<Database>;
