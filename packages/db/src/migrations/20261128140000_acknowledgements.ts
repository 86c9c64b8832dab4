import { type Kysely, sql } from 'kysely';

function guard(withPublication: boolean) {
  const adopted = withPublication
    ? `if old.status = 'published' then
        raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
      end if;
      if old.status = 'adopted' then
        if new.status not in ('adopted', 'published') or new.customization is distinct from old.customization
           or new.hashes is distinct from old.hashes or new.model_version is distinct from old.model_version
           or new.clause_pins is distinct from old.clause_pins
           or new.authoritative_language is distinct from old.authoritative_language then
          raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;`
    : `if old.status = 'adopted' then
        raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
      end if;`;
  return sql.raw(`
    create or replace function policy_versions_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'policy versions are never deleted' using errcode = 'insufficient_privilege';
      end if;
      ${adopted}
      if old.status = 'approved' then
        if new.status <> 'adopted' or new.customization is distinct from old.customization
           or new.hashes is distinct from old.hashes or new.model_version is distinct from old.model_version
           or new.clause_pins is distinct from old.clause_pins
           or new.authoritative_language is distinct from old.authoritative_language then
          raise exception 'policy version % is frozen', old.number using errcode = 'insufficient_privilege';
        end if;
        return new;
      end if;
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

const TABLES = ['ack_campaigns', 'ack_assignments', 'policy_reads', 'acknowledgements'];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table policy_versions drop constraint policy_versions_status_check;
    alter table policy_versions add constraint policy_versions_status_check
      check (status in ('draft', 'submitted', 'changes_requested', 'approved', 'adopted', 'published'));
    alter table policy_versions drop constraint policy_versions_hashes_check;
    alter table policy_versions add constraint policy_versions_hashes_check
      check ((status in ('approved', 'adopted', 'published')) = (hashes is not null));
    alter table policy_versions add column published_at timestamptz;

    create table ack_campaigns (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      version_id uuid not null,
      audience jsonb not null,
      due_date date not null,
      reminder_days_before integer[] not null default '{3}',
      remind_on_due boolean not null default true,
      reminder_every_days integer not null default 7 check (reminder_every_days between 1 and 90),
      escalate_after integer not null default 3 check (escalate_after between 1 and 20),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id)
    );

    create table ack_assignments (
      tenant_id uuid not null references organizations (tenant_id),
      campaign_id uuid not null,
      person_id uuid not null,
      due_date date not null,
      status text not null default 'pending'
        check (status in ('pending', 'acknowledged', 'refused', 'superseded')),
      created_at timestamptz not null default now(),
      completed_at timestamptz,
      reminders_sent integer not null default 0,
      last_reminded_at timestamptz,
      escalated_at timestamptz,
      primary key (tenant_id, campaign_id, person_id),
      foreign key (tenant_id, campaign_id) references ack_campaigns (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );
    create index ack_assignments_person_idx on ack_assignments (tenant_id, person_id);

    create table policy_reads (
      tenant_id uuid not null references organizations (tenant_id),
      version_id uuid not null,
      person_id uuid not null,
      language text not null check (language in ('kk', 'ru', 'en')),
      opened_at timestamptz not null default now(),
      reached_end_at timestamptz,
      primary key (tenant_id, version_id, person_id, language),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );

    create table acknowledgements (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      person_id uuid not null,
      version_id uuid not null,
      campaign_id uuid,
      decision text not null check (decision in ('acknowledged', 'refused')),
      language text not null check (language in ('kk', 'ru', 'en')),
      version_sha256 text not null check (version_sha256 ~ '^[0-9a-f]{64}$'),
      typed_name text,
      position text,
      consent_text text,
      refusal_reason text check (length(refusal_reason) <= 2000),
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      receipt_document_id uuid,
      superseded_at timestamptz,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id),
      foreign key (tenant_id, version_id) references policy_versions (tenant_id, id),
      foreign key (tenant_id, campaign_id) references ack_campaigns (tenant_id, id),
      foreign key (tenant_id, receipt_document_id) references documents (tenant_id, id),
      check ((decision = 'acknowledged') = (typed_name is not null and consent_text is not null)),
      check ((decision = 'refused') = (refusal_reason is not null))
    );
    create unique index acknowledgements_current_key on acknowledgements (tenant_id, version_id, person_id)
      where superseded_at is null;
  `.execute(db);
  for (const table of TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    `.execute(db);
  }
  await sql`
    grant select, insert on ack_campaigns to qorgau_app;
    grant select, insert, update on ack_assignments, policy_reads to qorgau_app;
    -- An acknowledgement is evidence: only its receipt and a later supersession are filled in.
    grant select, insert on acknowledgements to qorgau_app;
    grant update (receipt_document_id, superseded_at) on acknowledgements to qorgau_app;
  `.execute(db);
  await guard(true).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await guard(false).execute(db);
  await sql`
    drop table if exists acknowledgements;
    drop table if exists policy_reads;
    drop table if exists ack_assignments;
    drop table if exists ack_campaigns;
    alter table policy_versions drop column if exists published_at;
    alter table policy_versions drop constraint policy_versions_hashes_check;
    alter table policy_versions add constraint policy_versions_hashes_check
      check ((status in ('approved', 'adopted')) = (hashes is not null));
    alter table policy_versions drop constraint policy_versions_status_check;
    alter table policy_versions add constraint policy_versions_status_check
      check (status in ('draft', 'submitted', 'changes_requested', 'approved', 'adopted'));
  `.execute(db);
}
