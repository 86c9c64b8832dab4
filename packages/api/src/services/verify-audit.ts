import { auditVerificationRepository, type Executor } from '@qorgau/db';

export interface AuditBreak {
  tenantId: string;
  /** Which of the organisation's chains (0–15) broke. */
  chain: number;
  seq: number;
  reason: 'hashMismatch' | 'chainBroken' | 'sequenceGap';
}

export interface AuditReport {
  tenants: number;
  rows: number;
  /** The first broken link of each chain that does not verify. */
  breaks: AuditBreak[];
}

const GENESIS = '0'.repeat(64);

export async function verifyAuditChains(db: Executor): Promise<AuditReport> {
  const rows = await auditVerificationRepository.readAuditChain(db);
  const breaks: AuditBreak[] = [];
  const broken = new Set<string>();
  const tenants = new Set<string>();
  let previous: { chainKey: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    const seq = Number(row.seq);
    const chain = Number(row.chain);
    const chainKey = `${row.tenant_id}:${chain}`;
    tenants.add(row.tenant_id);
    const sameChain: boolean = previous?.chainKey === chainKey;
    const expectedSeq: number = sameChain && previous ? previous.seq + 1 : 1;
    const expectedPrev = sameChain && previous ? previous.hash : GENESIS;
    let reason: AuditBreak['reason'] | null = null;
    if (seq !== expectedSeq) reason = 'sequenceGap';
    else if (row.prev_hash !== expectedPrev) reason = 'chainBroken';
    else if (row.hash !== row.recomputed) reason = 'hashMismatch';
    if (reason && !broken.has(chainKey)) {
      broken.add(chainKey);
      breaks.push({ tenantId: row.tenant_id, chain, seq, reason });
    }
    previous = { chainKey, seq, hash: row.hash };
  }
  return { tenants: tenants.size, rows: rows.length, breaks };
}
