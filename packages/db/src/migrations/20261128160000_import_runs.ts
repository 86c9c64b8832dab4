import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table import_runs (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      file_name text not null check (length(file_name) <= 255),
      format text not null check (format in ('csv', 'xlsx')),
      status text not null default 'previewed' check (status in ('previewed', 'applied')),
      total_rows integer not null,
      rejected jsonb not null,
      valid_rows jsonb not null,
      summary jsonb,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      applied_at timestamptz,
      primary key (tenant_id, id)
    );
    alter table import_runs enable row level security;
    alter table import_runs force row level security;
    create policy tenant_isolation on import_runs
      using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    grant select, insert on import_runs to qorgau_app;
    grant update (status, summary, applied_at) on import_runs to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists import_runs`.execute(db);
}
