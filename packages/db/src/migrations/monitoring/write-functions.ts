import { sql } from 'kysely';

/**
 * What the roll-ups should hold, computed from the source rows. The repair command compares these
 * with the tables and rewrites what differs; the migration fills the tables from them.
 */
export const createExpectedFunctions = sql`
  create function monitoring_expected_unit_counts()
    returns table (tenant_id uuid, campaign_id uuid, unit_id uuid, pending integer, acknowledged integer,
      refused integer, superseded integer, departed integer)
    language sql stable as $$
    select a.tenant_id, a.campaign_id, p.unit_id,
      (count(*) filter (where monitoring_ack_bucket(a.status, p.status) = 'pending'))::int,
      (count(*) filter (where monitoring_ack_bucket(a.status, p.status) = 'acknowledged'))::int,
      (count(*) filter (where monitoring_ack_bucket(a.status, p.status) = 'refused'))::int,
      (count(*) filter (where monitoring_ack_bucket(a.status, p.status) = 'superseded'))::int,
      (count(*) filter (where monitoring_ack_bucket(a.status, p.status) = 'departed'))::int
    from ack_assignments a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
    group by a.tenant_id, a.campaign_id, p.unit_id
  $$;

  create function monitoring_expected_due_dates()
    returns table (tenant_id uuid, campaign_id uuid, unit_id uuid, due_date date, pending integer)
    language sql stable as $$
    select a.tenant_id, a.campaign_id, p.unit_id, a.due_date, count(*)::int
    from ack_assignments a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
    where monitoring_ack_bucket(a.status, p.status) = 'pending'
    group by a.tenant_id, a.campaign_id, p.unit_id, a.due_date
  $$;

  create function monitoring_expected_campaign_counts()
    returns table (tenant_id uuid, campaign_id uuid, pending integer, acknowledged integer, refused integer,
      superseded integer, departed integer, overdue integer)
    language sql stable as $$
    select c.tenant_id, c.id, coalesce(u.pending, 0)::int, coalesce(u.acknowledged, 0)::int,
      coalesce(u.refused, 0)::int, coalesce(u.superseded, 0)::int, coalesce(u.departed, 0)::int,
      coalesce(late.pending, 0)::int
    from ack_campaigns c
      left join (select e.tenant_id, e.campaign_id, sum(e.pending) as pending, sum(e.acknowledged) as acknowledged,
          sum(e.refused) as refused, sum(e.superseded) as superseded, sum(e.departed) as departed
        from monitoring_expected_unit_counts() e group by e.tenant_id, e.campaign_id) u
        on u.tenant_id = c.tenant_id and u.campaign_id = c.id
      left join (select d.tenant_id, d.campaign_id, sum(d.pending) as pending from monitoring_expected_due_dates() d
        where d.due_date < current_date group by d.tenant_id, d.campaign_id) late
        on late.tenant_id = c.tenant_id and late.campaign_id = c.id
  $$;

  create function monitoring_expected_partners()
    returns table (tenant_id uuid, policy_stage text, current_campaign_id uuid, people_active integer,
      last_report_index integer)
    language sql stable as $$
    select o.tenant_id, monitoring_stage_name(coalesce(v.reached, 0)),
      (select c.id from ack_campaigns c where c.tenant_id = o.tenant_id order by c.created_at desc, c.id desc limit 1),
      coalesce(p.active, 0)::int, r.last_index
    from organizations o
      left join (select tenant_id, max(monitoring_stage_of(status)) as reached from policy_versions
        group by tenant_id) v on v.tenant_id = o.tenant_id
      left join (select tenant_id, count(*) as active from people where status = 'active' group by tenant_id) p
        on p.tenant_id = o.tenant_id
      left join (select tenant_id, max(year * 4 + quarter - 1) as last_index from case_reports
        group by tenant_id) r on r.tenant_id = o.tenant_id
    where o.kind <> 'ngo'
  $$;

  -- Moves the overdue basis of every counter slot to today (run daily by the monitoring job).
  create function app_monitoring_roll_overdue() returns integer
    language sql volatile security definer set search_path = public as $$
    with rolled as (
      update monitoring_campaign_counts c set
        overdue = monitoring_overdue_now(c.tenant_id, c.campaign_id, c.slot, c.overdue, c.overdue_basis),
        overdue_basis = current_date
      where c.overdue_basis < current_date returning 1),
    trainings as (
      update monitoring_training_totals t set
        overdue = monitoring_training_overdue_now(t.tenant_id, t.slot, t.overdue, t.overdue_basis),
        overdue_basis = current_date
      where t.overdue_basis < current_date returning 1)
    select (select count(*)::int from rolled) + (select count(*)::int from trainings)
  $$;

  -- Today's programme totals for the trend; re-running it during the day refreshes the row.
  create function app_monitoring_record_snapshot() returns void
    language sql volatile security definer set search_path = public as $$
    insert into programme_daily (day, companies_adopted, universities_adopted, covered, acknowledged,
        training_assigned, trained, timely_responses)
      select current_date, t.* from monitoring_programme_totals() t
    on conflict (day) do update set companies_adopted = excluded.companies_adopted,
      universities_adopted = excluded.universities_adopted, covered = excluded.covered,
      acknowledged = excluded.acknowledged, training_assigned = excluded.training_assigned,
      trained = excluded.trained, timely_responses = excluded.timely_responses, recorded_at = now()
  $$;

  create function app_set_programme_targets(p_companies integer, p_universities integer,
      p_acknowledged_share numeric, p_trained_share numeric, p_baseline integer, p_increase numeric)
    returns void language plpgsql volatile security definer set search_path = public as $$
  begin
    if not app_is_project_staff() then
      raise exception 'project staff only' using errcode = 'insufficient_privilege';
    end if;
    update programme_targets set companies_adopted = p_companies, universities_adopted = p_universities,
      acknowledged_share = p_acknowledged_share, trained_share = p_trained_share,
      timely_responses_baseline = p_baseline, timely_responses_increase = p_increase,
      updated_at = now(), updated_by = app_current_user();
    -- A new share moves who has reached it (kept on each campaign's slot-0 row).
    update monitoring_campaign_counts c
      set target_reached_at = monitoring_target_reached(c.target_reached_at, s.acknowledged, s.covered,
        p_acknowledged_share)
    from (select x.tenant_id, x.campaign_id, sum(x.acknowledged) as acknowledged,
        sum(x.pending + x.acknowledged + x.refused) as covered
      from monitoring_campaign_counts x group by x.tenant_id, x.campaign_id) s
    where c.tenant_id = s.tenant_id and c.campaign_id = s.campaign_id and c.slot = 0
      and c.target_reached_at is distinct from
        monitoring_target_reached(c.target_reached_at, s.acknowledged, s.covered, p_acknowledged_share);
  end $$;
`;

export const WRITE_FUNCTIONS = [
  'app_monitoring_roll_overdue()',
  'app_monitoring_record_snapshot()',
  'app_set_programme_targets(integer, integer, numeric, numeric, integer, numeric)',
];

export const dropExpectedFunctions = sql`
  drop function if exists app_set_programme_targets(integer, integer, numeric, numeric, integer, numeric);
  drop function if exists app_monitoring_record_snapshot();
  drop function if exists app_monitoring_roll_overdue();
  drop function if exists monitoring_expected_partners();
  drop function if exists monitoring_expected_campaign_counts();
  drop function if exists monitoring_expected_due_dates();
  drop function if exists monitoring_expected_unit_counts();
`;
