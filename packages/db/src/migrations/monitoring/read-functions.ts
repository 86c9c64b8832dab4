import { sql } from 'kysely';

const GUARD = sql.raw(`
    if not app_is_project_staff() then
      raise exception 'project staff only' using errcode = 'insufficient_privilege';
    end if;`);

/**
 * Project staff's only way across tenants: named security-definer functions over the roll-ups,
 * each checking for project staff itself. None of them returns a person.
 */
export const createReadFunctions = sql`
  -- Overdue as of today for one counter slot: the stored counter covers due dates before
  -- overdue_basis (moved forward daily by app_monitoring_roll_overdue); the days since are summed
  -- from the slot's histogram.
  create function monitoring_overdue_now(p_tenant uuid, p_campaign uuid, p_slot smallint, p_overdue integer,
      p_basis date)
    returns integer language sql stable as $$
    select p_overdue + case when p_basis >= current_date then 0 else coalesce((select sum(pending)::int
      from monitoring_due_dates where tenant_id = p_tenant and campaign_id = p_campaign and slot = p_slot
        and due_date >= p_basis and due_date < current_date), 0) end
  $$;

  create function monitoring_training_overdue_now(p_tenant uuid, p_slot smallint, p_overdue integer, p_basis date)
    returns integer language sql stable as $$
    select p_overdue + case when p_basis >= current_date then 0 else coalesce((select sum(pending)::int
      from monitoring_training_due_dates where tenant_id = p_tenant and slot = p_slot
        and due_date >= p_basis and due_date < current_date), 0) end
  $$;

  -- A campaign's counters summed over their slots (one row, nulls when it has none).
  create function monitoring_campaign_totals(p_tenant uuid, p_campaign uuid)
    returns table (pending integer, acknowledged integer, refused integer, overdue integer,
      target_reached_at timestamptz, updated_at timestamptz)
    language sql stable as $$
    select sum(c.pending)::int, sum(c.acknowledged)::int, sum(c.refused)::int,
      sum(case when c.overdue_basis < current_date
        then monitoring_overdue_now(c.tenant_id, c.campaign_id, c.slot, c.overdue, c.overdue_basis)
        else c.overdue end)::int,
      max(c.target_reached_at), max(c.updated_at)
    from monitoring_campaign_counts c where c.tenant_id = p_tenant and c.campaign_id = p_campaign
  $$;

  create function monitoring_training_tenant_totals(p_tenant uuid)
    returns table (assigned integer, completed integer, overdue integer)
    language sql stable as $$
    select coalesce(sum(t.assigned), 0)::int, coalesce(sum(t.completed), 0)::int,
      coalesce(sum(case when t.overdue_basis < current_date
        then monitoring_training_overdue_now(t.tenant_id, t.slot, t.overdue, t.overdue_basis)
        else t.overdue end), 0)::int
    from monitoring_training_totals t where t.tenant_id = p_tenant
  $$;

  -- One row per partner from its monitoring_partners row and its counters summed over their slots
  -- (at most SLOTS rows each): the histograms are only consulted for slots whose overdue basis is
  -- behind today. "Acknowledged" is decided from the sums; target_reached_at only dates it.
  create function app_monitoring_partners(p_tenant uuid default null)
    returns table (tenant_id uuid, kind text, name_kk text, name_ru text, name_en text, stage text,
      stage_since timestamptz, policy_stage text, adopted_at timestamptz, published_at timestamptz,
      last_activity_at timestamptz, people_active integer, covered integer, pending integer,
      acknowledged integer, refused integer, overdue integer, training_assigned integer, trained integer,
      training_overdue integer, last_report_year integer, last_report_quarter integer)
    language plpgsql stable security definer set search_path = public as $$
  declare
    acknowledged_share numeric := (select t.acknowledged_share from programme_targets t);
    trained_share numeric := (select t.trained_share from programme_targets t);
  begin
    ${GUARD}
    return query
      select o.tenant_id, o.kind, o.name_kk, o.name_ru, o.name_en,
        case when m.policy_stage = 'published' and monitoring_target_reached(c.target_reached_at, c.acknowledged,
            c.pending + c.acknowledged + c.refused, acknowledged_share) is not null then
          case when t.assigned > 0 and t.completed >= trained_share * t.assigned
            then 'trained' else 'acknowledged' end
          else m.policy_stage end,
        case when m.policy_stage = 'published' and monitoring_target_reached(c.target_reached_at, c.acknowledged,
            c.pending + c.acknowledged + c.refused, acknowledged_share) is not null
          then greatest(m.stage_since, coalesce(c.target_reached_at, c.updated_at)) else m.stage_since end,
        m.policy_stage, m.adopted_at, m.published_at,
        greatest(m.last_activity_at, c.updated_at), m.people_active,
        coalesce(c.pending + c.acknowledged + c.refused, 0), coalesce(c.pending, 0),
        coalesce(c.acknowledged, 0), coalesce(c.refused, 0), coalesce(c.overdue, 0),
        t.assigned, t.completed, t.overdue,
        m.last_report_index / 4, m.last_report_index % 4 + 1
      from monitoring_partners m
        join organizations o on o.tenant_id = m.tenant_id
        cross join lateral monitoring_campaign_totals(m.tenant_id, m.current_campaign_id) c
        cross join lateral monitoring_training_tenant_totals(m.tenant_id) t
      where o.kind <> 'ngo' and (p_tenant is null or m.tenant_id = p_tenant);
  end $$;

  create function app_monitoring_partner_units(p_tenant uuid)
    returns table (unit_id uuid, name text, pending integer, acknowledged integer, refused integer,
      departed integer, overdue integer, training_assigned integer, trained integer)
    language plpgsql stable security definer set search_path = public as $$
  begin
    ${GUARD}
    return query
      with current_campaign as (select current_campaign_id as id from monitoring_partners where tenant_id = p_tenant),
      ack as (select u.unit_key, u.unit_id, sum(u.pending)::int as pending, sum(u.acknowledged)::int as acknowledged,
          sum(u.refused)::int as refused, sum(u.departed)::int as departed
        from monitoring_unit_counts u where u.tenant_id = p_tenant
          and u.campaign_id = (select id from current_campaign)
        group by u.unit_key, u.unit_id),
      late as (select d.unit_key, sum(d.pending)::int as overdue from monitoring_due_dates d
        where d.tenant_id = p_tenant and d.campaign_id = (select id from current_campaign)
          and d.due_date < current_date group by d.unit_key),
      training as (select t.unit_key, t.unit_id, sum(t.assigned)::int as assigned,
          sum(t.completed)::int as completed
        from monitoring_training_counts t where t.tenant_id = p_tenant group by t.unit_key, t.unit_id)
      select coalesce(a.unit_id, tr.unit_id), un.name, coalesce(a.pending, 0), coalesce(a.acknowledged, 0),
        coalesce(a.refused, 0), coalesce(a.departed, 0), coalesce(l.overdue, 0),
        coalesce(tr.assigned, 0), coalesce(tr.completed, 0)
      from ack a full join training tr on tr.unit_key = a.unit_key
        left join late l on l.unit_key = coalesce(a.unit_key, tr.unit_key)
        left join units un on un.tenant_id = p_tenant and un.id = coalesce(a.unit_id, tr.unit_id)
      order by un.name nulls last;
  end $$;

  create function app_monitoring_partner_timeline(p_tenant uuid)
    returns table (at timestamptz, kind text, version_number integer, detail text)
    language plpgsql stable security definer set search_path = public as $$
  begin
    ${GUARD}
    return query
      select * from (
        select o.created_at, 'invited'::text, null::integer, null::text
          from organizations o where o.tenant_id = p_tenant and o.kind <> 'ngo'
        union all
        select v.created_at, 'draft_started', v.number, null from policy_versions v where v.tenant_id = p_tenant
        union all
        select s.created_at, s.to_status, v.number, null
          from policy_state_changes s join policy_versions v on v.tenant_id = s.tenant_id and v.id = s.version_id
          where s.tenant_id = p_tenant and s.to_status in ('submitted', 'changes_requested', 'approved', 'published')
        union all
        select a.created_at, 'adopted', v.number, a.body
          from policy_adoptions a join policy_versions v on v.tenant_id = a.tenant_id and v.id = a.version_id
          where a.tenant_id = p_tenant
        union all
        select c.created_at, 'campaign_started', v.number, c.due_date::text
          from ack_campaigns c join policy_versions v on v.tenant_id = c.tenant_id and v.id = c.version_id
          where c.tenant_id = p_tenant
      ) events order by 1 desc limit 200;
  end $$;

  create function app_monitoring_case_reports(p_tenant uuid default null)
    returns table (tenant_id uuid, year integer, quarter integer, received integer, by_channel jsonb,
      by_type jsonb, acknowledged_in_time integer, investigated integer, responded_in_time integer,
      outcomes jsonb, median_days_to_respond numeric)
    language plpgsql stable security definer set search_path = public as $$
  begin
    ${GUARD}
    return query
      select r.tenant_id, r.year, r.quarter, r.received, r.by_channel, r.by_type, r.acknowledged_in_time,
        r.investigated, r.responded_in_time, r.outcomes, r.median_days_to_respond
      from case_reports r join organizations o on o.tenant_id = r.tenant_id
      where o.kind <> 'ngo' and (p_tenant is null or r.tenant_id = p_tenant)
      order by r.year desc, r.quarter desc;
  end $$;

  -- Programme totals as one row; the timely responses count the last four quarters that have reports.
  create function monitoring_programme_totals()
    returns table (companies_adopted integer, universities_adopted integer, covered integer,
      acknowledged integer, training_assigned integer, trained integer, timely_responses integer)
    language sql stable security definer set search_path = public as $$
    select
      (count(*) filter (where o.kind = 'company' and m.policy_stage in ('adopted', 'published')))::int,
      (count(*) filter (where o.kind = 'university' and m.policy_stage in ('adopted', 'published')))::int,
      coalesce(sum(c.pending + c.acknowledged + c.refused), 0)::int, coalesce(sum(c.acknowledged), 0)::int,
      coalesce(sum(t.assigned), 0)::int, coalesce(sum(t.completed), 0)::int,
      (select coalesce(sum(r.responded_in_time), 0)::int from case_reports r
        where (r.year * 4 + r.quarter) > (select max(year * 4 + quarter) - 4 from case_reports))
    from monitoring_partners m join organizations o on o.tenant_id = m.tenant_id
      cross join lateral monitoring_campaign_totals(m.tenant_id, m.current_campaign_id) c
      cross join lateral monitoring_training_tenant_totals(m.tenant_id) t
    where o.kind <> 'ngo'
  $$;

  create function app_monitoring_totals()
    returns table (companies_adopted integer, universities_adopted integer, covered integer,
      acknowledged integer, training_assigned integer, trained integer, timely_responses integer)
    language plpgsql stable security definer set search_path = public as $$
  begin
    ${GUARD}
    return query select * from monitoring_programme_totals();
  end $$;

  create function app_monitoring_trend(p_from date)
    returns setof programme_daily language plpgsql stable security definer set search_path = public as $$
  begin
    ${GUARD}
    return query select * from programme_daily where day >= p_from order by day;
  end $$;
`;

export const READ_FUNCTIONS = [
  'app_monitoring_partners(uuid)',
  'app_monitoring_partner_units(uuid)',
  'app_monitoring_partner_timeline(uuid)',
  'app_monitoring_case_reports(uuid)',
  'app_monitoring_totals()',
  'app_monitoring_trend(date)',
];

export const dropReadFunctions = sql`
  drop function if exists app_monitoring_trend(date);
  drop function if exists app_monitoring_totals();
  drop function if exists monitoring_programme_totals();
  drop function if exists app_monitoring_case_reports(uuid);
  drop function if exists app_monitoring_partner_timeline(uuid);
  drop function if exists app_monitoring_partner_units(uuid);
  drop function if exists app_monitoring_partners(uuid);
  drop function if exists monitoring_training_tenant_totals(uuid);
  drop function if exists monitoring_campaign_totals(uuid, uuid);
  drop function if exists monitoring_training_overdue_now(uuid, smallint, integer, date);
  drop function if exists monitoring_overdue_now(uuid, uuid, smallint, integer, date);
`;
