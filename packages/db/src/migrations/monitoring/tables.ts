import { sql } from 'kysely';

/** The roll-up tables: tenant-scoped like every other, readable by their own tenant only. */
export const TENANT_ROLLUP_TABLES = [
  'monitoring_partners',
  'monitoring_campaign_counts',
  'monitoring_unit_counts',
  'monitoring_due_dates',
  'monitoring_training_counts',
  'monitoring_training_due_dates',
  'monitoring_training_totals',
  'case_reports',
];

// Counters that every acknowledgement or course pass moves are split into SLOTS rows per key (slot
// from the person's id): concurrent transactions of one organisation then rarely wait for each
// other's commit on one row. Readers sum over the slots.
export const SLOTS = 16;
const slot = `slot smallint not null default 0 check (slot between 0 and ${SLOTS - 1})`;

// The "no unit" bucket needs a key: people without a unit are counted under this sentinel.
export const NO_UNIT = '00000000-0000-0000-0000-000000000000';

export const createTables = sql`
  create table monitoring_partners (
    tenant_id uuid primary key references organizations (tenant_id),
    policy_stage text not null default 'invited'
      check (policy_stage in ('invited', 'drafting', 'in_review', 'approved', 'adopted', 'published')),
    stage_since timestamptz not null default now(),
    current_campaign_id uuid,
    people_active integer not null default 0,
    last_report_index integer,
    adopted_at timestamptz,
    published_at timestamptz,
    last_activity_at timestamptz
  );

  create table monitoring_campaign_counts (
    tenant_id uuid not null references organizations (tenant_id),
    campaign_id uuid not null,
    ${sql.raw(slot)},
    pending integer not null default 0,
    acknowledged integer not null default 0,
    refused integer not null default 0,
    superseded integer not null default 0,
    departed integer not null default 0,
    -- Pending with a due date before overdue_basis; the rest is added from monitoring_due_dates.
    overdue integer not null default 0,
    overdue_basis date not null default current_date,
    -- Kept on slot 0 only, and written only when the share crosses the target.
    target_reached_at timestamptz,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, campaign_id, slot),
    foreign key (tenant_id, campaign_id) references ack_campaigns (tenant_id, id)
  );
  alter table monitoring_partners add foreign key (tenant_id, current_campaign_id)
    references ack_campaigns (tenant_id, id);

  create table monitoring_unit_counts (
    tenant_id uuid not null references organizations (tenant_id),
    campaign_id uuid not null,
    unit_id uuid,
    unit_key uuid generated always as (coalesce(unit_id, '${sql.raw(NO_UNIT)}'::uuid)) stored,
    ${sql.raw(slot)},
    pending integer not null default 0,
    acknowledged integer not null default 0,
    refused integer not null default 0,
    superseded integer not null default 0,
    departed integer not null default 0,
    primary key (tenant_id, campaign_id, unit_key, slot),
    foreign key (tenant_id, campaign_id) references ack_campaigns (tenant_id, id),
    foreign key (tenant_id, unit_id) references units (tenant_id, id)
  );

  -- Pending (active people only) per due date: overdue is "due before today", which moves with the
  -- calendar, so it is summed from this small histogram instead of being stored as a counter.
  create table monitoring_due_dates (
    tenant_id uuid not null references organizations (tenant_id),
    campaign_id uuid not null,
    unit_id uuid,
    unit_key uuid generated always as (coalesce(unit_id, '${sql.raw(NO_UNIT)}'::uuid)) stored,
    ${sql.raw(slot)},
    due_date date not null,
    pending integer not null default 0,
    primary key (tenant_id, campaign_id, unit_key, due_date, slot),
    foreign key (tenant_id, campaign_id) references ack_campaigns (tenant_id, id),
    foreign key (tenant_id, unit_id) references units (tenant_id, id)
  );

  create table monitoring_training_counts (
    tenant_id uuid not null references organizations (tenant_id),
    unit_id uuid,
    unit_key uuid generated always as (coalesce(unit_id, '${sql.raw(NO_UNIT)}'::uuid)) stored,
    ${sql.raw(slot)},
    assigned integer not null default 0,
    completed integer not null default 0,
    primary key (tenant_id, unit_key, slot),
    foreign key (tenant_id, unit_id) references units (tenant_id, id)
  );

  -- Tenant totals of the training roll-ups, so the dashboard sums at most SLOTS rows per partner.
  create table monitoring_training_totals (
    tenant_id uuid not null references organizations (tenant_id),
    ${sql.raw(slot)},
    assigned integer not null default 0,
    completed integer not null default 0,
    -- Pending with a due date before overdue_basis; the rest is added from monitoring_training_due_dates.
    overdue integer not null default 0,
    overdue_basis date not null default current_date,
    primary key (tenant_id, slot)
  );

  create table monitoring_training_due_dates (
    tenant_id uuid not null references organizations (tenant_id),
    unit_id uuid,
    unit_key uuid generated always as (coalesce(unit_id, '${sql.raw(NO_UNIT)}'::uuid)) stored,
    ${sql.raw(slot)},
    due_date date not null,
    pending integer not null default 0,
    primary key (tenant_id, unit_key, due_date, slot),
    foreign key (tenant_id, unit_id) references units (tenant_id, id)
  );
  create index monitoring_training_due_dates_due_idx on monitoring_training_due_dates (tenant_id, due_date);

  create table case_reports (
    tenant_id uuid not null references organizations (tenant_id),
    id uuid not null default gen_random_uuid(),
    year integer not null check (year between 2020 and 2100),
    quarter integer not null check (quarter between 1 and 4),
    received integer not null check (received between 0 and 1000000),
    by_channel jsonb not null check (jsonb_typeof(by_channel) = 'object'),
    by_type jsonb not null check (jsonb_typeof(by_type) = 'object'),
    acknowledged_in_time integer not null check (acknowledged_in_time between 0 and received),
    investigated integer not null check (investigated between 0 and received),
    responded_in_time integer not null check (responded_in_time between 0 and received),
    outcomes jsonb not null check (jsonb_typeof(outcomes) = 'object'),
    median_days_to_respond numeric(6, 1) check (median_days_to_respond between 0 and 3650),
    revision integer not null default 1,
    submitted_by uuid references users (id),
    submitted_at timestamptz not null default now(),
    primary key (tenant_id, id)
  );
  create unique index case_reports_quarter_key on case_reports (tenant_id, year, quarter);

  -- Programme-wide settings and history, not any tenant's data: written only through the
  -- project-staff functions below.
  create table programme_targets (
    id boolean primary key default true check (id),
    companies_adopted integer not null default 10 check (companies_adopted between 0 and 10000),
    universities_adopted integer not null default 5 check (universities_adopted between 0 and 10000),
    acknowledged_share numeric(4, 3) not null default 0.9 check (acknowledged_share between 0 and 1),
    trained_share numeric(4, 3) not null default 0.8 check (trained_share between 0 and 1),
    timely_responses_baseline integer not null default 0 check (timely_responses_baseline >= 0),
    timely_responses_increase numeric(4, 3) not null default 0.1
      check (timely_responses_increase between 0 and 10),
    updated_at timestamptz not null default now(),
    updated_by uuid references users (id)
  );
  insert into programme_targets default values;

  create table programme_daily (
    day date primary key,
    companies_adopted integer not null,
    universities_adopted integer not null,
    covered integer not null,
    acknowledged integer not null,
    training_assigned integer not null,
    trained integer not null,
    timely_responses integer not null,
    recorded_at timestamptz not null default now()
  );
`;
