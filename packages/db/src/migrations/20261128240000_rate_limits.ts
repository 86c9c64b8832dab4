import { type Kysely, sql } from 'kysely';

/**
 * Sign-in, email and verification budgets shared by every app instance (rate-limiter-flexible's
 * PostgreSQL store, whose statements expect these columns). Keys are digests, never an address.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table rate_limit_points (
      key varchar(255) primary key,
      points integer not null default 0,
      expire bigint
    );
    create index rate_limit_points_expire_idx on rate_limit_points (expire);
    grant select, insert, update, delete on rate_limit_points to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists rate_limit_points;`.execute(db);
}
