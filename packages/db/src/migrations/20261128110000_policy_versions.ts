import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table policy_versions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      number integer not null check (number > 0),
      model_version text not null,
      status text not null default 'draft'
        check (status in ('draft', 'submitted', 'changes_requested', 'approved')),
      customization jsonb not null,
      authoritative_language text not null default 'ru' check (authoritative_language in ('kk', 'ru', 'en')),
      hashes jsonb,
      revision integer not null default 1,
      based_on_id uuid,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      approved_at timestamptz,
      approved_by uuid references users (id),
      primary key (tenant_id, id),
      foreign key (tenant_id, based_on_id) references policy_versions (tenant_id, id),
      check ((status = 'approved') = (hashes is not null))
    );
    create unique index policy_versions_number_key on policy_versions (tenant_id, number);
    -- At most one version in progress per organisation.
    create unique index policy_versions_open_key on policy_versions (tenant_id)
      where status in ('draft', 'submitted', 'changes_requested');

    create table policy_review_comments (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      version_id uuid not null,
      clause_id text not null check (length(clause_id) <= 100),
      author_id uuid references users (id),
      author_side text not null check (author_side in ('organization', 'programme')),
      body text not null check (length(body) between 1 and 4000),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id)
    );

    create table policy_state_changes (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      version_id uuid not null,
      from_status text,
      to_status text not null,
      actor_id uuid references users (id),
      note text check (length(note) <= 4000),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id)
    );

    -- The lifecycle is enforced here as well as in the service, so no code path (or hand-written
    -- SQL as the application role) can edit a submitted text or unfreeze an approved one.
    create function policy_versions_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'policy versions are never deleted' using errcode = 'insufficient_privilege';
      end if;
      if old.status = 'approved' then
        raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
      end if;
      if old.status = 'submitted' then
        if new.customization is distinct from old.customization
           or new.authoritative_language is distinct from old.authoritative_language
           or new.model_version is distinct from old.model_version then
          raise exception 'a submitted policy version cannot be edited' using errcode = 'insufficient_privilege';
        end if;
        if new.status not in ('changes_requested', 'approved') then
          raise exception 'illegal transition % -> %', old.status, new.status using errcode = 'check_violation';
        end if;
      elsif new.status not in ('draft', 'changes_requested', 'submitted') or
            (new.status = 'changes_requested' and old.status = 'draft') then
        raise exception 'illegal transition % -> %', old.status, new.status using errcode = 'check_violation';
      end if;
      return new;
    end $$;
    create trigger policy_versions_guard before update or delete on policy_versions
      for each row execute function policy_versions_guard();
    create trigger policy_state_changes_append_only before update or delete on policy_state_changes
      for each row execute function audit_log_append_only();
  `.execute(db);

  for (const table of ['policy_versions', 'policy_review_comments', 'policy_state_changes']) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant())
        with check (tenant_id = app_current_tenant());
    `.execute(db);
  }

  await sql`
    grant select, insert, update on policy_versions to qorgau_app;
    grant select, insert on policy_review_comments, policy_state_changes to qorgau_app;

    -- Project staff's review queue across partners: status and dates only, no policy text.
    create function app_policy_review_queue()
      returns table (tenant_id uuid, kind text, name_kk text, name_ru text, name_en text,
        version_id uuid, number integer, model_version text, status text, submitted_at timestamptz,
        updated_at timestamptz)
      language plpgsql stable security definer set search_path = public as $$
    begin
      if not app_is_project_staff() then
        raise exception 'project staff only' using errcode = 'insufficient_privilege';
      end if;
      return query
        select v.tenant_id, o.kind, o.name_kk, o.name_ru, o.name_en, v.id, v.number, v.model_version,
          v.status, v.submitted_at, v.updated_at
        from policy_versions v join organizations o on o.tenant_id = v.tenant_id
        where v.status in ('submitted', 'changes_requested', 'approved')
        order by v.status = 'submitted' desc, v.submitted_at desc nulls last;
    end $$;
    revoke execute on function app_policy_review_queue() from public;
    grant execute on function app_policy_review_queue() to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_policy_review_queue();
    drop table if exists policy_state_changes;
    drop table if exists policy_review_comments;
    drop table if exists policy_versions;
    drop function if exists policy_versions_guard();
  `.execute(db);
}
