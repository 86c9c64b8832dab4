import { type Kysely, sql } from 'kysely';
import { createAckTriggers, dropAckTriggers } from './monitoring/ack-triggers.js';
import { createReadFunctions, dropReadFunctions, READ_FUNCTIONS } from './monitoring/read-functions.js';
import { createStageTriggers, dropStageTriggers } from './monitoring/stage-triggers.js';
import { createTables, TENANT_ROLLUP_TABLES } from './monitoring/tables.js';
import { createTrainingTriggers, dropTrainingTriggers } from './monitoring/training-triggers.js';
import {
  createExpectedFunctions,
  dropExpectedFunctions,
  WRITE_FUNCTIONS,
} from './monitoring/write-functions.js';

// Programme monitoring: roll-ups kept by triggers in the transaction of every change (hot counters
// split into slots so one organisation's concurrent changes do not queue on one row), the quarterly
// case-response reports, targets and the daily trend, and the project-staff functions that read them.

export async function up(db: Kysely<any>): Promise<void> {
  await createTables.execute(db);
  for (const table of TENANT_ROLLUP_TABLES) {
    await sql`
      alter table ${sql.table(table)} enable row level security;
      alter table ${sql.table(table)} force row level security;
      create policy tenant_isolation on ${sql.table(table)}
        using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());
    `.execute(db);
  }
  await createAckTriggers.execute(db);
  await createStageTriggers.execute(db);
  await createTrainingTriggers.execute(db);
  await createReadFunctions.execute(db);
  await createExpectedFunctions.execute(db);
  await sql`
    insert into monitoring_partners (tenant_id, policy_stage, current_campaign_id, people_active,
        last_report_index, stage_since, adopted_at, published_at, last_activity_at)
      select e.*, now(), (select min(a.created_at) from policy_adoptions a where a.tenant_id = e.tenant_id),
        (select max(v.published_at) from policy_versions v where v.tenant_id = e.tenant_id), now()
      from monitoring_expected_partners() e;
    insert into monitoring_campaign_counts (tenant_id, campaign_id, pending, acknowledged, refused, superseded,
        departed, overdue)
      select * from monitoring_expected_campaign_counts();
    insert into monitoring_unit_counts (tenant_id, campaign_id, unit_id, pending, acknowledged, refused,
        superseded, departed)
      select * from monitoring_expected_unit_counts();
    insert into monitoring_due_dates (tenant_id, campaign_id, unit_id, due_date, pending)
      select * from monitoring_expected_due_dates();
    insert into monitoring_training_counts (tenant_id, unit_id, assigned, completed)
      select * from monitoring_expected_training_counts();
    insert into monitoring_training_due_dates (tenant_id, unit_id, due_date, pending)
      select * from monitoring_expected_training_due_dates();
    insert into monitoring_training_totals (tenant_id, assigned, completed, overdue)
      select * from monitoring_expected_training_totals();
  `.execute(db);
  await sql`
    grant select on monitoring_partners, monitoring_campaign_counts, monitoring_unit_counts,
      monitoring_due_dates, monitoring_training_counts, monitoring_training_due_dates, monitoring_training_totals,
      programme_targets to qorgau_app;
    grant select, insert on case_reports to qorgau_app;
    grant update (received, by_channel, by_type, acknowledged_in_time, investigated, responded_in_time,
      outcomes, median_days_to_respond, revision, submitted_by, submitted_at) on case_reports to qorgau_app;
    revoke execute on function monitoring_apply_ack_deltas(jsonb), monitoring_apply_training_deltas(jsonb),
      monitoring_programme_totals() from public;
  `.execute(db);
  for (const signature of [...READ_FUNCTIONS, ...WRITE_FUNCTIONS]) {
    await sql
      .raw(`revoke execute on function ${signature} from public;
        grant execute on function ${signature} to qorgau_app;`)
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropExpectedFunctions.execute(db);
  await dropReadFunctions.execute(db);
  await dropTrainingTriggers.execute(db);
  await dropStageTriggers.execute(db);
  await dropAckTriggers.execute(db);
  await sql`
    drop table if exists programme_daily;
    drop table if exists programme_targets;
    drop table if exists case_reports;
    drop table if exists monitoring_training_totals;
    drop table if exists monitoring_training_due_dates;
    drop table if exists monitoring_training_counts;
    drop table if exists monitoring_due_dates;
    drop table if exists monitoring_unit_counts;
    drop table if exists monitoring_partners;
    drop table if exists monitoring_campaign_counts;
  `.execute(db);
}
