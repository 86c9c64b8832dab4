import { type Kysely, sql } from 'kysely';

// Published model policies are kept whole (manifest and every template), so a version based on
// any of them renders the same text forever, whatever ships in templates/ later.

function guard(pinsChecked: boolean) {
  const pins = pinsChecked ? 'or new.clause_pins is distinct from old.clause_pins' : '';
  return sql.raw(`
    create or replace function policy_versions_guard() returns trigger language plpgsql as $$
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
           or new.model_version is distinct from old.model_version ${pins} then
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
  `);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table policy_models (
      version text primary key check (version ~ '^[0-9A-Za-z._-]{1,40}$'),
      manifest jsonb not null,
      sources jsonb not null,
      changelog text not null check (length(changelog) between 1 and 10000),
      published_at timestamptz not null default now(),
      published_by uuid references users (id)
    );
    create trigger policy_models_append_only before update or delete on policy_models
      for each row execute function audit_log_append_only();
    grant select on policy_models to qorgau_app;

    -- Clauses an organisation chose to keep from an older model: clause id -> model version.
    alter table policy_versions add column clause_pins jsonb not null default '{}'::jsonb;

    create function app_publish_policy_model(p_version text, p_manifest jsonb, p_sources jsonb, p_changelog text)
      returns void language plpgsql volatile security definer set search_path = public as $$
    begin
      if not app_is_project_staff() then
        raise exception 'project staff only' using errcode = 'insufficient_privilege';
      end if;
      insert into policy_models (version, manifest, sources, changelog, published_by)
        values (p_version, p_manifest, p_sources, p_changelog, app_current_user());
    end $$;
    revoke execute on function app_publish_policy_model(text, jsonb, jsonb, text) from public;
    grant execute on function app_publish_policy_model(text, jsonb, jsonb, text) to qorgau_app;
  `.execute(db);
  await guard(true).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await guard(false).execute(db);
  await sql`
    drop function if exists app_publish_policy_model(text, jsonb, jsonb, text);
    alter table policy_versions drop column if exists clause_pins;
    drop table if exists policy_models;
  `.execute(db);
}
