import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- One row per reminder or escalation sent: the unique key is what stops a restart (or two
    -- workers) from sending the same one twice.
    create table ack_reminders (
      tenant_id uuid not null references organizations (tenant_id),
      campaign_id uuid not null,
      person_id uuid not null,
      slot text not null check (slot ~ '^(invite|before:[0-9]+|due|after:[0-9]+|escalation|manual:[0-9]{10})$'),
      sent_at timestamptz not null default now(),
      primary key (tenant_id, campaign_id, person_id, slot),
      foreign key (tenant_id, campaign_id, person_id) references ack_assignments (tenant_id, campaign_id, person_id)
    );
    alter table ack_reminders enable row level security;
    alter table ack_reminders force row level security;
    create policy tenant_isolation on ack_reminders
      using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    grant select, insert on ack_reminders to qorgau_app;

    -- Single-use sign-in links sent with campaign emails; stored hashed like every other token.
    create table login_links (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      token_hash bytea not null unique,
      person_id uuid not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );
    alter table login_links enable row level security;
    alter table login_links force row level security;
    create policy tenant_isolation on login_links
      using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    grant select, insert, update on login_links to qorgau_app;

    -- Before sign-in the tenant is unknown; the token is the credential.
    create function app_login_link_by_token(p_token_hash bytea)
      returns table (tenant_id uuid, id uuid, person_id uuid, expires_at timestamptz, used_at timestamptz)
      language sql stable security definer set search_path = public as $$
      select tenant_id, id, person_id, expires_at, used_at from login_links where token_hash = p_token_hash
    $$;
    revoke execute on function app_login_link_by_token(bytea) from public;
    grant execute on function app_login_link_by_token(bytea) to qorgau_app;

    -- The reminder sweep visits every tenant that has open assignments; only ids cross tenants.
    create function app_tenants_with_open_assignments() returns setof uuid
      language sql stable security definer set search_path = public as $$
      select distinct tenant_id from ack_assignments where status = 'pending'
    $$;
    revoke execute on function app_tenants_with_open_assignments() from public;
    grant execute on function app_tenants_with_open_assignments() to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_tenants_with_open_assignments();
    drop function if exists app_login_link_by_token(bytea);
    drop table if exists login_links;
    drop table if exists ack_reminders;
  `.execute(db);
}
