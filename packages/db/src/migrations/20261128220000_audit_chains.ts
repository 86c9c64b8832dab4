import { type Kysely, type RawBuilder, sql } from 'kysely';

/** The chaining trigger; `choose` picks the entry's chain, `lockSuffix` and `sameChain` scope it. */
function chainTrigger(
  choose: RawBuilder<unknown>,
  lockSuffix: RawBuilder<unknown>,
  sameChain: RawBuilder<unknown>,
) {
  return sql`
    create or replace function audit_log_chain() returns trigger
      language plpgsql security definer set search_path = public as $$
    declare
      previous record;
    begin
      ${choose}
      perform pg_advisory_xact_lock(hashtextextended('audit:' || new.tenant_id::text ${lockSuffix}, 0));
      select seq, hash into previous from audit_log
        where tenant_id = new.tenant_id ${sameChain} order by seq desc limit 1;
      new.seq := coalesce(previous.seq, 0) + 1;
      new.prev_hash := coalesce(previous.hash, repeat('0', 64));
      new.occurred_at := date_trunc('microseconds', clock_timestamp());
      new.hash := audit_row_hash(new.prev_hash, new.tenant_id, new.seq, new.occurred_at,
        new.actor_user_id, new.action, new.target_type, new.target_id, new.ip, new.user_agent,
        new.request_id, new.details);
      return new;
    end $$;`;
}

/**
 * Each organisation's audit log becomes sixteen hash chains instead of one. A single chain
 * serialised every transaction of an organisation on one lock, held to commit, so the staff of a
 * campaign acknowledging at once queued behind each other. A transaction writes all its entries
 * to one chain (its id modulo 16), so it still takes one lock per organisation. Every chain starts
 * from the zero hash and numbers its own entries; entries written before this stay in chain 0,
 * and the row hash is unchanged, so their chain still verifies.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table audit_log add column chain smallint not null default 0 check (chain between 0 and 15);
    alter table audit_log drop constraint audit_log_pkey;
    alter table audit_log add primary key (tenant_id, chain, seq);

    ${chainTrigger(sql`new.chain := (txid_current() % 16)::smallint;`, sql`|| ':' || new.chain`, sql`and chain = new.chain`)}
  `.execute(db);
}

/** Back to one chain; refused by the primary key once entries were written to other chains. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ${chainTrigger(sql``, sql``, sql``)}
    alter table audit_log drop constraint audit_log_pkey;
    alter table audit_log add primary key (tenant_id, seq);
    alter table audit_log drop column chain;
  `.execute(db);
}
