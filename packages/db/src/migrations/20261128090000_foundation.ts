import { type Kysely, sql } from 'kysely';

// Migrations run as qorgau_owner (see migrate.ts). The application connects as qorgau_app, which owns
// nothing and is subject to every row-level security policy below.

const TENANT_TABLES = ['organizations', 'memberships', 'units', 'people', 'invitations', 'audit_log'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create function app_current_tenant() returns uuid
      language sql stable
      as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;
    create function app_current_user() returns uuid
      language sql stable
      as $$ select nullif(current_setting('app.user_id', true), '')::uuid $$;

    create table organizations (
      tenant_id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('ngo', 'company', 'university')),
      name_kk text not null check (length(name_kk) between 1 and 200),
      name_ru text not null check (length(name_ru) between 1 and 200),
      name_en text not null check (length(name_en) between 1 and 200),
      bin text not null unique check (bin ~ '^[0-9]{12}$'),
      default_language text not null check (default_language in ('kk', 'ru', 'en')),
      status text not null default 'active' check (status in ('active', 'suspended')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null check (email = lower(email) and length(email) <= 254),
      full_name text not null check (length(full_name) between 1 and 200),
      password_hash text,
      preferred_language text not null default 'ru' check (preferred_language in ('kk', 'ru', 'en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      disabled_at timestamptz
    );
    create unique index users_email_key on users (email);

    create table units (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      name text not null check (length(name) between 1 and 200),
      parent_id uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, parent_id) references units (tenant_id, id)
    );
    create unique index units_name_key on units (tenant_id, lower(name));

    create table people (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      full_name text not null check (length(full_name) between 1 and 200),
      email text check (email = lower(email) and length(email) <= 254),
      position text check (length(position) <= 200),
      unit_id uuid,
      number text check (length(number) <= 50),
      kind text not null default 'employee' check (kind in ('employee', 'student')),
      language text not null check (language in ('kk', 'ru', 'en')),
      status text not null default 'active' check (status in ('active', 'inactive')),
      user_id uuid references users (id),
      hired_on date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      deactivated_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, unit_id) references units (tenant_id, id)
    );
    create unique index people_number_key on people (tenant_id, number) where number is not null;
    create unique index people_email_key on people (tenant_id, email) where email is not null;
    create index people_full_name_idx on people (tenant_id, lower(full_name));
    create index people_unit_idx on people (tenant_id, unit_id);

    create table memberships (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      user_id uuid not null references users (id),
      role text not null check (role in ('project_staff', 'hr_officer', 'board_secretary', 'ethics_officer', 'member')),
      person_id uuid,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );
    create unique index memberships_user_role_key on memberships (tenant_id, user_id, role);
    create index memberships_user_idx on memberships (user_id);

    create table invitations (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      email text not null check (email = lower(email) and length(email) <= 254),
      full_name text check (length(full_name) <= 200),
      role text not null check (role in ('hr_officer', 'board_secretary', 'ethics_officer', 'member')),
      person_id uuid,
      language text not null check (language in ('kk', 'ru', 'en')),
      token_hash bytea not null,
      invited_by uuid references users (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );
    create unique index invitations_token_key on invitations (token_hash);

    create table sessions (
      id uuid primary key default gen_random_uuid(),
      token_hash bytea not null unique,
      user_id uuid not null references users (id),
      active_tenant_id uuid references organizations (tenant_id),
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_user_idx on sessions (user_id);

    create table password_resets (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users (id),
      token_hash bytea not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table email_outbox (
      id uuid primary key default gen_random_uuid(),
      to_address text not null,
      language text not null check (language in ('kk', 'ru', 'en')),
      template text not null,
      subject text not null,
      text_body text not null,
      html_body text not null,
      created_at timestamptz not null default now(),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      sent_at timestamptz,
      last_error text
    );
    create index email_outbox_pending_idx on email_outbox (next_attempt_at) where sent_at is null;

    create table audit_log (
      tenant_id uuid not null references organizations (tenant_id),
      seq bigint not null,
      occurred_at timestamptz not null default now(),
      actor_user_id uuid,
      action text not null check (length(action) <= 100),
      target_type text,
      target_id text,
      ip text,
      user_agent text,
      request_id text,
      details jsonb not null default '{}'::jsonb,
      prev_hash text not null,
      hash text not null,
      primary key (tenant_id, seq)
    );
  `.execute(db);

  await sql`
    -- The hash covers a canonical jsonb rendering of the row: jsonb orders keys deterministically, so
    -- the verifier can recompute it without knowing how the row was written.
    create function audit_row_hash(
      p_prev_hash text, p_tenant_id uuid, p_seq bigint, p_occurred_at timestamptz, p_actor uuid,
      p_action text, p_target_type text, p_target_id text, p_ip text, p_user_agent text,
      p_request_id text, p_details jsonb
    ) returns text language sql immutable as $$
      select encode(sha256(convert_to(p_prev_hash || jsonb_build_object(
        'tenant_id', p_tenant_id, 'seq', p_seq,
        'occurred_at', to_char(p_occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'actor_user_id', p_actor, 'action', p_action, 'target_type', p_target_type,
        'target_id', p_target_id, 'ip', p_ip, 'user_agent', p_user_agent,
        'request_id', p_request_id, 'details', p_details
      )::text, 'UTF8')), 'hex')
    $$;

    -- Security definer: the application may only insert, so it cannot read the previous hash itself.
    create function audit_log_chain() returns trigger
      language plpgsql security definer set search_path = public as $$
    declare
      previous record;
    begin
      perform pg_advisory_xact_lock(hashtextextended('audit:' || new.tenant_id::text, 0));
      select seq, hash into previous from audit_log
        where tenant_id = new.tenant_id order by seq desc limit 1;
      new.seq := coalesce(previous.seq, 0) + 1;
      new.prev_hash := coalesce(previous.hash, repeat('0', 64));
      new.occurred_at := date_trunc('microseconds', clock_timestamp());
      new.hash := audit_row_hash(new.prev_hash, new.tenant_id, new.seq, new.occurred_at,
        new.actor_user_id, new.action, new.target_type, new.target_id, new.ip, new.user_agent,
        new.request_id, new.details);
      return new;
    end $$;
    create trigger audit_log_chain before insert on audit_log
      for each row execute function audit_log_chain();

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only' using errcode = 'insufficient_privilege';
    end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only();
  `.execute(db);

  for (const table of TENANT_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant())
        with check (tenant_id = app_current_tenant());
    `.execute(db);
  }

  await sql`
    grant usage on schema public to qorgau_app;
    grant select, update on organizations to qorgau_app;
    grant select, insert, update on users, units, people, memberships, invitations to qorgau_app;
    grant select, insert, update, delete on sessions to qorgau_app;
    grant select, insert, update on password_resets, email_outbox to qorgau_app;
    grant insert on audit_log to qorgau_app;
    grant execute on function app_current_tenant(), app_current_user() to qorgau_app;
  `.execute(db);

  await sql`
    -- True only inside a tenant transaction of the programme's NGO opened for a project staff member.
    create function app_is_project_staff() returns boolean
      language sql stable security definer set search_path = public as $$
      select exists (
        select 1 from memberships m join organizations o on o.tenant_id = m.tenant_id
        where m.tenant_id = app_current_tenant() and m.user_id = app_current_user()
          and m.role = 'project_staff' and m.revoked_at is null and o.kind = 'ngo'
      )
    $$;

    create function app_user_memberships(p_user_id uuid)
      returns table (tenant_id uuid, role text, kind text, name_kk text, name_ru text, name_en text)
      language sql stable security definer set search_path = public as $$
      select m.tenant_id, m.role, o.kind, o.name_kk, o.name_ru, o.name_en
      from memberships m join organizations o on o.tenant_id = m.tenant_id
      where m.user_id = p_user_id and m.revoked_at is null and o.status = 'active'
      order by o.kind = 'ngo' desc, o.name_en, m.role
    $$;

    create function app_invitation_by_token(p_token_hash bytea)
      returns table (tenant_id uuid, id uuid, email text, full_name text, role text, language text,
        expires_at timestamptz, accepted_at timestamptz, revoked_at timestamptz,
        name_kk text, name_ru text, name_en text)
      language sql stable security definer set search_path = public as $$
      select i.tenant_id, i.id, i.email, i.full_name, i.role, i.language, i.expires_at, i.accepted_at,
        i.revoked_at, o.name_kk, o.name_ru, o.name_en
      from invitations i join organizations o on o.tenant_id = i.tenant_id
      where i.token_hash = p_token_hash
    $$;

    create function app_organization_overview()
      returns table (tenant_id uuid, kind text, name_kk text, name_ru text, name_en text, bin text,
        status text, default_language text, created_at timestamptz, people_active bigint,
        people_total bigint, units bigint, officers bigint, pending_invitations bigint)
      language plpgsql stable security definer set search_path = public as $$
    begin
      if not app_is_project_staff() then
        raise exception 'project staff only' using errcode = 'insufficient_privilege';
      end if;
      return query
        select o.tenant_id, o.kind, o.name_kk, o.name_ru, o.name_en, o.bin, o.status,
          o.default_language, o.created_at,
          (select count(*) from people p where p.tenant_id = o.tenant_id and p.status = 'active'),
          (select count(*) from people p where p.tenant_id = o.tenant_id),
          (select count(*) from units u where u.tenant_id = o.tenant_id),
          (select count(*) from memberships m where m.tenant_id = o.tenant_id
             and m.role = 'hr_officer' and m.revoked_at is null),
          (select count(*) from invitations i where i.tenant_id = o.tenant_id
             and i.accepted_at is null and i.revoked_at is null and i.expires_at > now())
        from organizations o where o.kind <> 'ngo'
        order by o.kind, o.name_en;
    end $$;

    create function app_create_organization(p_kind text, p_name_kk text, p_name_ru text, p_name_en text,
        p_bin text, p_language text, p_request_id text, p_ip text)
      returns uuid language plpgsql volatile security definer set search_path = public as $$
    declare
      new_tenant uuid;
    begin
      if not app_is_project_staff() then
        raise exception 'project staff only' using errcode = 'insufficient_privilege';
      end if;
      insert into organizations (kind, name_kk, name_ru, name_en, bin, default_language)
        values (p_kind, p_name_kk, p_name_ru, p_name_en, p_bin, p_language)
        returning tenant_id into new_tenant;
      insert into audit_log (tenant_id, actor_user_id, action, target_type, target_id, ip, request_id, details)
        values (new_tenant, app_current_user(), 'organization.created', 'organization', new_tenant::text,
          p_ip, p_request_id, jsonb_build_object('kind', p_kind, 'createdFrom', app_current_tenant()));
      return new_tenant;
    end $$;

    revoke execute on function app_is_project_staff(), app_user_memberships(uuid),
      app_invitation_by_token(bytea), app_organization_overview(),
      app_create_organization(text, text, text, text, text, text, text, text) from public;
    grant execute on function app_is_project_staff(), app_user_memberships(uuid),
      app_invitation_by_token(bytea), app_organization_overview(),
      app_create_organization(text, text, text, text, text, text, text, text) to qorgau_app;
    revoke execute on function audit_log_chain(), audit_row_hash(text, uuid, bigint, timestamptz, uuid,
      text, text, text, text, text, text, jsonb) from public;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_create_organization(text, text, text, text, text, text, text, text);
    drop function if exists app_organization_overview();
    drop function if exists app_invitation_by_token(bytea);
    drop function if exists app_user_memberships(uuid);
    drop function if exists app_is_project_staff();
    drop table if exists audit_log;
    drop function if exists audit_log_append_only();
    drop function if exists audit_log_chain();
    drop function if exists audit_row_hash(text, uuid, bigint, timestamptz, uuid, text, text, text, text,
      text, text, jsonb);
    drop table if exists email_outbox;
    drop table if exists password_resets;
    drop table if exists sessions;
    drop table if exists invitations;
    drop table if exists memberships;
    drop table if exists people;
    drop table if exists units;
    drop table if exists users;
    drop table if exists organizations;
    drop function if exists app_current_user();
    drop function if exists app_current_tenant();
    revoke usage on schema public from qorgau_app;
  `.execute(db);
}
