import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A tenant request's first statement: finds the live session behind the cookie, keeps it alive,
    -- pins its organisation and user for row-level security, then reads the user's roles there.
    -- One round trip instead of a session lookup before the transaction and a second one inside it.
    -- Security invoker, like app_enter_tenant: every read is as restricted as any other query.
    create function app_enter_session(p_token_hash bytea, p_now timestamptz, p_expires_at timestamptz,
      p_touch_before timestamptz)
      returns table (session_id uuid, user_id uuid, email text, full_name text, language text,
                     active_tenant_id uuid, roles text[])
      language plpgsql volatile as $$
    declare
      live record;
    begin
      select s.id, s.user_id, s.active_tenant_id, s.last_seen_at, u.email, u.full_name,
             u.preferred_language
        into live
        from sessions s join users u on u.id = s.user_id
        where s.token_hash = p_token_hash and s.revoked_at is null and s.expires_at > p_now
          and u.disabled_at is null;
      if not found then
        return;
      end if;
      -- Writing last_seen on every request would turn each read into a write.
      if live.last_seen_at < p_touch_before then
        update sessions s set last_seen_at = p_now, expires_at = p_expires_at where s.id = live.id;
      end if;
      if live.active_tenant_id is not null then
        perform set_config('app.tenant_id', live.active_tenant_id::text, true),
                set_config('app.user_id', live.user_id::text, true);
      end if;
      return query select live.id, live.user_id, live.email::text, live.full_name::text,
        live.preferred_language::text, live.active_tenant_id,
        case when live.active_tenant_id is null then array[]::text[] else array(
          select m.role::text from memberships m
          where m.tenant_id = live.active_tenant_id and m.user_id = live.user_id
            and m.revoked_at is null
          order by m.role
        ) end;
    end $$;
    revoke execute on function app_enter_session(bytea, timestamptz, timestamptz, timestamptz) from public;
    grant execute on function app_enter_session(bytea, timestamptz, timestamptz, timestamptz) to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function if exists app_enter_session(bytea, timestamptz, timestamptz, timestamptz);`.execute(
    db,
  );
}
