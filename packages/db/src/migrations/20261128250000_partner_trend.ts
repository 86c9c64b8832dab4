import { type Kysely, sql } from 'kysely';

/**
 * Each partner's daily acknowledgement and training counts, for the trend on its drill-down page.
 * Written only by the monitoring upkeep (a security-definer function over the roll-ups) and read
 * only through a project-staff function: the application role has no grant on the table itself.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table partner_daily (
      tenant_id uuid not null references organizations (tenant_id),
      day date not null,
      covered integer not null,
      acknowledged integer not null,
      refused integer not null,
      overdue integer not null,
      training_assigned integer not null,
      trained integer not null,
      recorded_at timestamptz not null default now(),
      primary key (tenant_id, day)
    );
    alter table partner_daily enable row level security;
    alter table partner_daily force row level security;
    create policy tenant_isolation on partner_daily
      using (tenant_id = app_current_tenant()) with check (tenant_id = app_current_tenant());

    -- Today's row per partner from the roll-ups (at most SLOTS counter rows each); re-running it
    -- during the day refreshes the rows.
    create function app_monitoring_record_partner_snapshot() returns integer
      language sql volatile security definer set search_path = public as $$
      with written as (
        insert into partner_daily (tenant_id, day, covered, acknowledged, refused, overdue,
            training_assigned, trained)
          select m.tenant_id, current_date, coalesce(c.pending + c.acknowledged + c.refused, 0),
            coalesce(c.acknowledged, 0), coalesce(c.refused, 0), coalesce(c.overdue, 0), t.assigned, t.completed
          from monitoring_partners m join organizations o on o.tenant_id = m.tenant_id
            cross join lateral monitoring_campaign_totals(m.tenant_id, m.current_campaign_id) c
            cross join lateral monitoring_training_tenant_totals(m.tenant_id) t
          where o.kind <> 'ngo'
        on conflict (tenant_id, day) do update set covered = excluded.covered,
          acknowledged = excluded.acknowledged, refused = excluded.refused, overdue = excluded.overdue,
          training_assigned = excluded.training_assigned, trained = excluded.trained, recorded_at = now()
        returning 1)
      select count(*)::int from written
    $$;

    create function app_monitoring_partner_trend(p_tenant uuid, p_from date)
      returns table (day date, covered integer, acknowledged integer, refused integer, overdue integer,
        training_assigned integer, trained integer)
      language plpgsql stable security definer set search_path = public as $$
    begin
      if not app_is_project_staff() then
        raise exception 'project staff only' using errcode = 'insufficient_privilege';
      end if;
      return query
        select d.day, d.covered, d.acknowledged, d.refused, d.overdue, d.training_assigned, d.trained
        from partner_daily d where d.tenant_id = p_tenant and d.day >= p_from order by d.day;
    end $$;

    revoke execute on function app_monitoring_record_partner_snapshot() from public;
    grant execute on function app_monitoring_record_partner_snapshot() to qorgau_app;
    revoke execute on function app_monitoring_partner_trend(uuid, date) from public;
    grant execute on function app_monitoring_partner_trend(uuid, date) to qorgau_app;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    drop function if exists app_monitoring_partner_trend(uuid, date);
    drop function if exists app_monitoring_record_partner_snapshot();
    drop table if exists partner_daily;
  `.execute(db);
}
