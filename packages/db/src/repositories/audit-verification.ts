import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface AuditChainRow {
  tenant_id: string;
  chain: number;
  seq: string;
  prev_hash: string;
  hash: string;
  recomputed: string;
}

/**
 * Reads the chain as the owner and recomputes every row's hash from its stored fields, so a row
 * edited by hand (or by anyone who got past the append-only trigger) no longer matches.
 * Each organisation has sixteen chains; each is read in its own order. It orders by the numeric
 * column: the text alias would sort 10 before 2 and report a false gap.
 */
export async function readAuditChain(db: Executor): Promise<AuditChainRow[]> {
  const result = await sql<AuditChainRow>`
    select tenant_id, chain, seq::text as seq, prev_hash, hash,
      audit_row_hash(prev_hash, tenant_id, seq, occurred_at, actor_user_id, action, target_type,
        target_id, ip, user_agent, request_id, details) as recomputed
    from audit_log order by tenant_id, chain, audit_log.seq`.execute(db);
  return result.rows;
}
