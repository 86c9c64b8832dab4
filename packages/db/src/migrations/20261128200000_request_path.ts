import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Opens a tenant transaction in one round trip instead of two: pins tenant and user for every
    -- row-level security policy, then reads the user's roles there under those same policies.
    -- Security invoker on purpose: the membership read is as restricted as any other query.
    -- PL/pgSQL runs its statements in order, so the read always sees the settings just made.
    create function app_enter_tenant(p_tenant_id uuid, p_user_id uuid) returns text[]
      language plpgsql volatile as $$
    begin
      perform set_config('app.tenant_id', p_tenant_id::text, true),
              set_config('app.user_id', coalesce(p_user_id::text, ''), true);
      return array(
        select role from memberships
        where tenant_id = p_tenant_id and user_id = p_user_id and revoked_at is null
        order by role
      );
    end $$;
    revoke execute on function app_enter_tenant(uuid, uuid) from public;
    grant execute on function app_enter_tenant(uuid, uuid) to qorgau_app;

    -- Every staff-portal request finds the person behind the signed-in user; without this index
    -- that is a scan of the whole tenant's directory (100,000 people in a large university).
    create index people_user_idx on people (tenant_id, user_id) where user_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop index if exists people_user_idx;
    drop function if exists app_enter_tenant(uuid, uuid);
  `.execute(db);
}
