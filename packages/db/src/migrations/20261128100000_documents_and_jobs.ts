import { type Kysely, sql } from 'kysely';
import PgBoss from 'pg-boss';

// The job queue lives in its own schema, created here by the owner so that the application role
// only ever reads and writes rows, and owns none of the queue's tables or partitions.
const JOB_SCHEMA = 'pgboss';
const RENDER_QUEUE = 'document-render';
const RENDER_DEAD_LETTER_QUEUE = 'document-render-dead';

export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(PgBoss.getConstructionPlans(JOB_SCHEMA)).execute(db);
  await sql`select pgboss.create_queue(${RENDER_DEAD_LETTER_QUEUE}, '{"policy": "standard", "retentionMinutes": 20160}'::json)`.execute(
    db,
  );
  await sql`
    select pgboss.create_queue(${RENDER_QUEUE}, json_build_object(
      'policy', 'standard', 'retryLimit', 4, 'retryDelay', 2, 'retryBackoff', true,
      'expireInSeconds', 60, 'retentionMinutes', 20160, 'deadLetter', ${RENDER_DEAD_LETTER_QUEUE}::text));
  `.execute(db);
  await sql`
    grant usage on schema pgboss to qorgau_app;
    grant select, insert, update, delete on all tables in schema pgboss to qorgau_app;
    alter default privileges in schema pgboss grant select, insert, update, delete on tables to qorgau_app;
    revoke execute on function pgboss.create_queue(text, json), pgboss.delete_queue(text) from public;
  `.execute(db);

  await sql`
    create table document_batches (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      kind text not null,
      language text not null check (language in ('kk', 'ru', 'en')),
      total integer not null check (total between 1 and 100000),
      done integer not null default 0,
      failed integer not null default 0,
      created_by uuid references users (id),
      created_at timestamptz not null default now(),
      finished_at timestamptz,
      primary key (tenant_id, id),
      check (done + failed <= total)
    );

    create table documents (
      tenant_id uuid not null references organizations (tenant_id),
      id uuid not null default gen_random_uuid(),
      public_id text not null unique check (public_id ~ '^[A-Z0-9-]{8,40}$'),
      kind text not null,
      language text not null check (language in ('kk', 'ru', 'en')),
      title text not null check (length(title) <= 300),
      subject_label text check (length(subject_label) <= 300),
      person_id uuid,
      batch_id uuid,
      idempotency_key text not null check (length(idempotency_key) <= 200),
      sample boolean not null default false,
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      byte_size integer not null,
      content bytea not null,
      signer text not null,
      signed_at timestamptz not null,
      issued_by uuid references users (id),
      created_at timestamptz not null default now(),
      primary key (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id),
      foreign key (tenant_id, batch_id) references document_batches (tenant_id, id)
    );
    create unique index documents_idempotency_key on documents (tenant_id, idempotency_key);
    create index documents_sha256_idx on documents (sha256);
    create index documents_batch_idx on documents (tenant_id, batch_id);

    create table document_batch_failures (
      tenant_id uuid not null,
      batch_id uuid not null,
      item_key text not null,
      person_id uuid,
      reason text not null check (reason in ('renderFailed', 'subjectMissing')),
      error text not null,
      failed_at timestamptz not null default now(),
      primary key (tenant_id, batch_id, item_key),
      foreign key (tenant_id, batch_id) references document_batches (tenant_id, id),
      foreign key (tenant_id, person_id) references people (tenant_id, id)
    );

    -- An issued document is evidence: it is never edited or removed.
    create trigger documents_immutable before update or delete on documents
      for each row execute function audit_log_append_only();
  `.execute(db);

  for (const table of ['document_batches', 'documents', 'document_batch_failures']) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant())
        with check (tenant_id = app_current_tenant());
    `.execute(db);
  }

  await sql`
    grant select, insert on documents, document_batch_failures to qorgau_app;
    grant select, insert, update on document_batches to qorgau_app;

    -- Public verification: what the document is and whom it concerns, as printed on it, no more.
    create function app_verify_document(p_public_id text, p_sha256 text)
      returns table (public_id text, kind text, language text, title text, subject_label text,
        sample boolean, sha256 text, signer text, signed_at timestamptz,
        name_kk text, name_ru text, name_en text)
      language sql stable security definer set search_path = public as $$
      select d.public_id, d.kind, d.language, d.title, d.subject_label, d.sample, d.sha256, d.signer,
        d.signed_at, o.name_kk, o.name_ru, o.name_en
      from documents d join organizations o on o.tenant_id = d.tenant_id
      where (p_public_id is not null and d.public_id = p_public_id)
         or (p_sha256 is not null and d.sha256 = p_sha256)
      limit 1
    $$;
    revoke execute on function app_verify_document(text, text) from public;
    grant execute on function app_verify_document(text, text) to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_verify_document(text, text);
    drop table if exists document_batch_failures;
    drop table if exists documents;
    drop table if exists document_batches;
    alter default privileges in schema pgboss revoke select, insert, update, delete on tables from qorgau_app;
    drop schema if exists pgboss cascade;
  `.execute(db);
}
