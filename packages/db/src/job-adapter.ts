import { CompiledQuery } from 'kysely';
import type { Executor } from './repositories/executor.js';

export interface SqlAdapter {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Lets the job queue run its SQL through our pool, or inside one of our transactions, so that
 * enqueuing jobs commits or rolls back together with the change that asked for them.
 */
export function sqlAdapter(db: Executor): SqlAdapter {
  return {
    async executeSql(text, values) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as unknown[] };
    },
  };
}
