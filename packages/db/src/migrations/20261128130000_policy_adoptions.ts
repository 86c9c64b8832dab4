import { type Kysely, sql } from 'kysely';

function guard(withAdoption: boolean) {
  const approvedRule = withAdoption
    ? `if old.status = 'adopted' then
        raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
      end if;
      if old.status = 'approved' then
        -- The only step left for an approved text is its adoption; the text itself never moves.
        if new.status <> 'adopted' or new.customization is distinct from old.customization
           or new.hashes is distinct from old.hashes or new.model_version is distinct from old.model_version
           or new.clause_pins is distinct from old.clause_pins
           or new.authoritative_language is distinct from old.authoritative_language then
          raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;`
    : `if old.status = 'approved' then
        raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
      end if;`;
  return sql.raw(`
    create or replace function policy_versions_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'policy versions are never deleted' using errcode = 'insufficient_privilege';
      end if;
      ${approvedRule}
      if old.status = 'submitted' then
        if new.customization is distinct from old.customization
           or new.authoritative_language is distinct from old.authoritative_language
           or new.model_version is distinct from old.model_version
           or new.clause_pins is distinct from old.clause_pins then
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
    alter table policy_versions drop constraint policy_versions_status_check;
    alter table policy_versions add constraint policy_versions_status_check
      check (status in ('draft', 'submitted', 'changes_requested', 'approved', 'adopted'));
    alter table policy_versions drop constraint policy_versions_check;
    alter table policy_versions add constraint policy_versions_hashes_check
      check ((status in ('approved', 'adopted')) = (hashes is not null));

    create table policy_adoptions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      version_id uuid not null,
      body text not null
        check (body in ('board_of_directors', 'supervisory_board', 'participants_meeting', 'academic_council')),
      meeting_form text not null check (meeting_form in ('in_person', 'absentee')),
      meeting_date date not null,
      place text not null check (length(place) <= 300),
      minutes_number text not null check (length(minutes_number) <= 50),
      members jsonb not null,
      quorum_required integer not null,
      votes_for integer not null,
      votes_against integer not null,
      votes_abstain integer not null,
      chair_name text not null,
      secretary_name text not null,
      dissenting_opinions text,
      version_sha256 text not null check (version_sha256 ~ '^[0-9a-f]{64}$'),
      effective_date date not null,
      responsible_officer text not null,
      familiarisation_deadline date not null,
      extract_language text not null check (extract_language in ('kk', 'ru', 'en')),
      extract_document_id uuid,
      extract_error text,
      recorded_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id),
      foreign key (tenant_id, extract_document_id) references documents (tenant_id, id)
    );
    create unique index policy_adoptions_version_key on policy_adoptions (tenant_id, version_id);

    alter table policy_adoptions enable row level security;
    alter table policy_adoptions force row level security;
    create policy tenant_isolation on policy_adoptions
      using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    -- The record is evidence: only the extract's outcome is ever filled in afterwards.
    grant select, insert on policy_adoptions to qorgau_app;
    grant update (extract_document_id, extract_error) on policy_adoptions to qorgau_app;
  `.execute(db);
  await guard(true).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await guard(false).execute(db);
  await sql`
    drop table if exists policy_adoptions;
    alter table policy_versions drop constraint policy_versions_hashes_check;
    alter table policy_versions add constraint policy_versions_check check ((status = 'approved') = (hashes is not null));
    alter table policy_versions drop constraint policy_versions_status_check;
    alter table policy_versions add constraint policy_versions_status_check
      check (status in ('draft', 'submitted', 'changes_requested', 'approved'));
  `.execute(db);
}
