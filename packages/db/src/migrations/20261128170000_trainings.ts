import { type Kysely, sql } from 'kysely';
import { grantAccess } from './trainings/access.js';
import { createEvidenceGuard } from './trainings/evidence-guard.js';

// Trainings. The model course is kept whole per published version (like policy_models); each
// organisation freezes the model plus its own modules and questions into a course version, and
// every attempt and completion names the version it was taken on. Attempts, completions and
// attendance are evidence: the database refuses to rewrite or delete them.

const TENANT_TABLES = [
  'training_settings',
  'training_custom_modules',
  'training_custom_questions',
  'training_course_versions',
  'training_assignments',
  'training_enrolments',
  'training_attempts',
  'training_sessions',
  'training_completions',
  'training_attendance',
  'training_reminders',
];

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table training_models (
      course_key text not null check (course_key ~ '^[a-z0-9-]{1,60}$'),
      version text not null check (version ~ '^[0-9]{4}[.][0-9]+$'),
      course jsonb not null,
      changelog text not null check (length(changelog) between 1 and 10000),
      published_at timestamptz not null default now(),
      published_by uuid references users (id),
      primary key (course_key, version)
    );
    create trigger training_models_append_only before update or delete on training_models
      for each row execute function audit_log_append_only();
    grant select on training_models to qorgau_app;

    -- Managers get the extra module; HR marks them in the directory.
    alter table people add column is_manager boolean not null default false;

    create table training_settings (
      tenant_id uuid primary key references organizations (tenant_id),
      quiz_gated_ack boolean not null default false,
      onboarding_days integer not null default 90 check (onboarding_days between 1 and 365),
      updated_by uuid references users (id),
      updated_at timestamptz not null default now()
    );

    create table training_custom_modules (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      position integer not null default 0,
      content jsonb not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (tenant_id, id)
    );

    create table training_custom_questions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      content jsonb not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      archived_at timestamptz,
      primary key (tenant_id, id)
    );

    create table training_course_versions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      number integer not null check (number >= 1),
      course_key text not null,
      model_version text not null,
      content jsonb not null,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id)
    );
    create unique index training_course_versions_number_key on training_course_versions (tenant_id, course_key, number);

    create table training_assignments (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      course_key text not null,
      title text not null check (length(title) between 1 and 200),
      audience jsonb not null,
      due_date date not null,
      onboarding_days integer not null default 90 check (onboarding_days between 1 and 365),
      refresher_months integer check (refresher_months between 1 and 36),
      refresher_lead_days integer not null default 30 check (refresher_lead_days between 0 and 180),
      reminder_days_before integer[] not null default '{3}',
      remind_on_due boolean not null default true,
      reminder_every_days integer not null default 7 check (reminder_every_days between 1 and 90),
      escalate_after integer not null default 3 check (escalate_after between 1 and 20),
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      primary key (tenant_id, id)
    );

    -- One row per person and cycle: cycle 1 is the first (onboarding) round, each yearly refresher
    -- opens the next. Status, due date and completion time live here.
    create table training_enrolments (
      tenant_id uuid not null references organizations (tenant_id),
      assignment_id uuid not null,
      person_id uuid not null,
      cycle integer not null check (cycle >= 1),
      due_date date not null,
      status text not null default 'pending' check (status in ('pending', 'completed', 'cancelled')),
      created_at timestamptz not null default now(),
      course_version_id uuid,
      modules_done text[] not null default '{}',
      resume_module text,
      started_at timestamptz,
      completed_at timestamptz,
      completion_id uuid,
      extra_attempts integer not null default 0 check (extra_attempts between 0 and 20),
      reminders_sent integer not null default 0,
      last_reminded_at timestamptz,
      escalated_at timestamptz,
      primary key (tenant_id, assignment_id, person_id, cycle),
      foreign key (tenant_id, assignment_id) references training_assignments (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id),
      foreign key (tenant_id, course_version_id) references training_course_versions (tenant_id, id),
      check ((status = 'completed') = (completed_at is not null))
    );
    create unique index training_enrolments_open_key on training_enrolments (tenant_id, assignment_id, person_id)
      where status = 'pending';
    create index training_enrolments_person_idx on training_enrolments (tenant_id, person_id);
    create index training_enrolments_status_idx on training_enrolments (tenant_id, status, due_date);

    create table training_attempts (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      assignment_id uuid not null,
      person_id uuid not null,
      cycle integer not null,
      number integer not null check (number >= 1),
      course_version_id uuid not null,
      language text not null check (language in ('kk', 'ru', 'en')),
      seed text not null,
      questions jsonb not null,
      started_at timestamptz not null default now(),
      submitted_at timestamptz,
      answers jsonb,
      results jsonb,
      correct_count integer,
      question_count integer not null check (question_count >= 1),
      score_percent integer check (score_percent between 0 and 100),
      passed boolean,
      primary key (tenant_id, id),
      foreign key (tenant_id, assignment_id, person_id, cycle)
        references training_enrolments (tenant_id, assignment_id, person_id, cycle),
      foreign key (tenant_id, course_version_id) references training_course_versions (tenant_id, id),
      check ((submitted_at is null) = (passed is null)),
      check ((submitted_at is null) = (answers is null))
    );
    create unique index training_attempts_number_key
      on training_attempts (tenant_id, assignment_id, person_id, cycle, number);
    create unique index training_attempts_open_key on training_attempts (tenant_id, assignment_id, person_id, cycle)
      where submitted_at is null;

    create table training_sessions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      held_on date not null,
      format text not null check (format in ('in_person', 'online')),
      trainer text not null check (length(trainer) between 1 and 200),
      place text check (length(place) <= 300),
      topic text check (length(topic) <= 300),
      hours numeric(5, 1) not null default 2 check (hours > 0 and hours <= 100),
      language text not null check (language in ('kk', 'ru', 'en')),
      course_version_id uuid not null,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, course_version_id) references training_course_versions (tenant_id, id)
    );

    create table training_completions (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      person_id uuid not null,
      course_version_id uuid not null,
      source text not null check (source in ('quiz', 'session')),
      assignment_id uuid,
      cycle integer,
      attempt_id uuid,
      session_id uuid,
      score_percent integer check (score_percent between 0 and 100),
      language text not null check (language in ('kk', 'ru', 'en')),
      completed_at timestamptz not null default now(),
      certificate_document_id uuid,
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id),
      foreign key (tenant_id, course_version_id) references training_course_versions (tenant_id, id),
      foreign key (tenant_id, assignment_id, person_id, cycle)
        references training_enrolments (tenant_id, assignment_id, person_id, cycle),
      foreign key (tenant_id, attempt_id) references training_attempts (tenant_id, id),
      foreign key (tenant_id, session_id) references training_sessions (tenant_id, id),
      foreign key (tenant_id, certificate_document_id) references documents (tenant_id, id),
      check ((source = 'quiz') = (attempt_id is not null)),
      check ((source = 'session') = (session_id is not null))
    );
    create unique index training_completions_cycle_key on training_completions (tenant_id, assignment_id, person_id, cycle)
      where assignment_id is not null;
    create unique index training_completions_session_key on training_completions (tenant_id, session_id, person_id)
      where session_id is not null;
    create index training_completions_person_idx on training_completions (tenant_id, person_id);
    alter table training_enrolments add constraint training_enrolments_completion_fkey
      foreign key (tenant_id, completion_id) references training_completions (tenant_id, id);

    create table training_attendance (
      tenant_id uuid not null references organizations (tenant_id),
      session_id uuid not null,
      person_id uuid not null,
      source text not null check (source in ('manual', 'import')),
      recorded_by uuid references users (id),
      recorded_at timestamptz not null default now(),
      completion_id uuid,
      primary key (tenant_id, session_id, person_id),
      foreign key (tenant_id, session_id) references training_sessions (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id),
      foreign key (tenant_id, completion_id) references training_completions (tenant_id, id)
    );

    create table training_reminders (
      tenant_id uuid not null references organizations (tenant_id),
      assignment_id uuid not null,
      person_id uuid not null,
      cycle integer not null,
      slot text not null check (slot ~ '^(invite|before:[0-9]+|due|after:[0-9]+|escalation|manual:[0-9]{10})$'),
      sent_at timestamptz not null default now(),
      primary key (tenant_id, assignment_id, person_id, cycle, slot),
      foreign key (tenant_id, assignment_id, person_id, cycle)
        references training_enrolments (tenant_id, assignment_id, person_id, cycle)
    );
  `.execute(db);
  await createEvidenceGuard.execute(db);

  for (const table of TENANT_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    `.execute(db);
  }

  await grantAccess.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_tenants_with_open_trainings();
    drop function if exists app_publish_training_model(text, text, jsonb, text);
    drop table if exists training_reminders;
    drop table if exists training_attendance;
    alter table training_enrolments drop constraint if exists training_enrolments_completion_fkey;
    drop table if exists training_completions;
    drop table if exists training_sessions;
    drop table if exists training_attempts;
    drop table if exists training_enrolments;
    drop table if exists training_assignments;
    drop table if exists training_course_versions;
    drop table if exists training_custom_questions;
    drop table if exists training_custom_modules;
    drop table if exists training_settings;
    drop function if exists training_evidence_guard();
    alter table people drop column if exists is_manager;
    drop table if exists training_models;
  `.execute(db);
}
