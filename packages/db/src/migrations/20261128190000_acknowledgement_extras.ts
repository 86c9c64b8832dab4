import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table adoption_minutes (
      tenant_id uuid not null references organizations (tenant_id),
      adoption_id uuid not null,
      file_name text not null check (length(file_name) between 1 and 255),
      size_bytes integer not null check (size_bytes between 1 and 20971520),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      content bytea not null check (octet_length(content) = size_bytes),
      uploaded_by uuid references users (id),
      uploaded_at timestamptz not null default now(),
      primary key (tenant_id, adoption_id),
      foreign key (tenant_id, adoption_id) references policy_adoptions (tenant_id, id)
    );
    -- The scan is part of the adoption's evidence: kept as uploaded, never replaced, even by the owner.
    create function adoption_minutes_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'adoption minutes are kept as uploaded' using errcode = 'insufficient_privilege';
    end $$;
    create trigger adoption_minutes_immutable before update or delete on adoption_minutes
      for each row execute function adoption_minutes_immutable();

    create table import_progress (
      tenant_id uuid not null references organizations (tenant_id),
      run_id uuid not null,
      done integer not null check (done >= 0),
      total integer not null check (total >= 0),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, run_id),
      foreign key (tenant_id, run_id) references import_runs (tenant_id, id)
    );
  `.execute(db);
  for (const table of ['adoption_minutes', 'import_progress']) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    `.execute(db);
  }
  await sql`
    grant select, insert on adoption_minutes to qorgau_app;
    -- Written from its own short transactions while the import's transaction is still open.
    grant select, insert, update on import_progress to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop table if exists import_progress;
    drop table if exists adoption_minutes;
    drop function if exists adoption_minutes_immutable();
  `.execute(db);
}
