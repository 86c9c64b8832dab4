import { auditVerificationRepository, type Executor } from '@qorgau/db';

export interface AuditBreak {
  tenantId: string;
  seq: number;
  reason: 'hashMismatch' | 'chainBroken' | 'sequenceGap';
}

export interface AuditReport {
  tenants: number;
  rows: number;
  /** The first broken link of each tenant whose chain does not verify. */
  breaks: AuditBreak[];
}

const GENESIS = '0'.repeat(64);

export async function verifyAuditChains(db: Executor): Promise<AuditReport> {
  const rows = await auditVerificationRepository.readAuditChain(db);
  const breaks: AuditBreak[] = [];
  const broken = new Set<string>();
  const tenants = new Set<string>();
  let previous: { tenantId: string; seq: number; hash: string } | null = null;
  for (const row of rows) {
    const seq = Number(row.seq);
    tenants.add(row.tenant_id);
    const sameTenant: boolean = previous?.tenantId === row.tenant_id;
    const expectedSeq: number = sameTenant && previous ? previous.seq + 1 : 1;
    const expectedPrev = sameTenant && previous ? previous.hash : GENESIS;
    let reason: AuditBreak['reason'] | null = null;
    if (seq !== expectedSeq) reason = 'sequenceGap';
    else if (row.prev_hash !== expectedPrev) reason = 'chainBroken';
    else if (row.hash !== row.recomputed) reason = 'hashMismatch';
    if (reason && !broken.has(row.tenant_id)) {
      broken.add(row.tenant_id);
      breaks.push({ tenantId: row.tenant_id, seq, reason });
    }
    previous = { tenantId: row.tenant_id, seq, hash: row.hash };
  }
  return { tenants: tenants.size, rows: rows.length, breaks };
}
