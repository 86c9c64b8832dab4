import { sql } from 'kysely';
import { SLOTS } from './tables.js';

/**
 * Acknowledgement roll-ups follow every change of ack_assignments (and of a person's unit or status)
 * in the same transaction, whatever code path made it. Statement-level triggers with transition
 * tables turn a publication of thousands of assignments into a handful of upserts.
 *
 * Each trigger reduces its rows to signed contributions (tenant, campaign, unit, due date, bucket, n)
 * and hands them to monitoring_apply_ack_deltas. The functions are security definer so the
 * application role can read the roll-ups but never write them.
 */
export const createAckTriggers = sql`
  create function monitoring_ack_bucket(p_status text, p_person_status text) returns text
    language sql immutable as $$
    select case when p_status = 'superseded' then 'superseded'
                when p_person_status <> 'active' then 'departed'
                else p_status end
  $$;

  create function monitoring_target_reached(p_since timestamptz, p_done bigint, p_covered bigint,
      p_share numeric) returns timestamptz
    language sql stable as $$
    select case when p_covered > 0 and p_done >= p_share * p_covered then coalesce(p_since, now()) end
  $$;

  -- The counter row a person's changes go to (see SLOTS in tables.ts).
  create function monitoring_slot(p_person uuid) returns smallint language sql immutable as $$
    select (hashtext(p_person::text) & ${sql.raw(String(SLOTS - 1))})::smallint
  $$;

  create function monitoring_apply_ack_deltas(p_deltas jsonb) returns void
    language plpgsql security definer set search_path = public as $$
  declare
    share numeric := (select acknowledged_share from programme_targets);
  begin
    if p_deltas is null or jsonb_array_length(p_deltas) = 0 then return; end if;
    with d as (
      select * from jsonb_to_recordset(p_deltas)
        as x(tenant_id uuid, campaign_id uuid, unit_id uuid, slot smallint, due_date date, bucket text, n integer)
    ), unit_d as (
      select tenant_id, campaign_id, unit_id, slot,
        coalesce(sum(n) filter (where bucket = 'pending'), 0)::int as pending,
        coalesce(sum(n) filter (where bucket = 'acknowledged'), 0)::int as acknowledged,
        coalesce(sum(n) filter (where bucket = 'refused'), 0)::int as refused,
        coalesce(sum(n) filter (where bucket = 'superseded'), 0)::int as superseded,
        coalesce(sum(n) filter (where bucket = 'departed'), 0)::int as departed
      from d group by tenant_id, campaign_id, unit_id, slot
    ), units_up as (
      insert into monitoring_unit_counts as c
        (tenant_id, campaign_id, unit_id, slot, pending, acknowledged, refused, superseded, departed)
      select * from unit_d
      on conflict (tenant_id, campaign_id, unit_key, slot) do update set
        pending = c.pending + excluded.pending, acknowledged = c.acknowledged + excluded.acknowledged,
        refused = c.refused + excluded.refused, superseded = c.superseded + excluded.superseded,
        departed = c.departed + excluded.departed
      returning 1
    ), due_d as (
      select tenant_id, campaign_id, unit_id, slot, due_date, sum(n)::int as pending
      from d where bucket = 'pending' group by tenant_id, campaign_id, unit_id, slot, due_date
      having sum(n) <> 0
    ), due_up as (
      insert into monitoring_due_dates as c (tenant_id, campaign_id, unit_id, slot, due_date, pending)
      select * from due_d
      on conflict (tenant_id, campaign_id, unit_key, due_date, slot) do update set pending = c.pending + excluded.pending
      returning 1
    ), campaign_d as (
      select tenant_id, campaign_id, slot, sum(pending)::int as pending, sum(acknowledged)::int as acknowledged,
        sum(refused)::int as refused, sum(superseded)::int as superseded, sum(departed)::int as departed
      from unit_d group by tenant_id, campaign_id, slot
    )
    insert into monitoring_campaign_counts as c
      (tenant_id, campaign_id, slot, pending, acknowledged, refused, superseded, departed, overdue)
    select cd.tenant_id, cd.campaign_id, cd.slot, cd.pending, cd.acknowledged, cd.refused, cd.superseded,
      cd.departed, coalesce((select sum(dd.pending) from due_d dd where dd.tenant_id = cd.tenant_id
        and dd.campaign_id = cd.campaign_id and dd.slot = cd.slot and dd.due_date < current_date), 0)
    from campaign_d cd
    on conflict (tenant_id, campaign_id, slot) do update set
      pending = c.pending + excluded.pending, acknowledged = c.acknowledged + excluded.acknowledged,
      refused = c.refused + excluded.refused, superseded = c.superseded + excluded.superseded,
      departed = c.departed + excluded.departed,
      overdue = c.overdue + coalesce((select sum(dd.pending) from due_d dd where dd.tenant_id = c.tenant_id
        and dd.campaign_id = c.campaign_id and dd.slot = c.slot and dd.due_date < c.overdue_basis), 0),
      updated_at = now();
    -- The shared slot-0 row is locked only when the summed share crosses the target, not per change.
    update monitoring_campaign_counts c
      set target_reached_at = monitoring_target_reached(c.target_reached_at, s.acknowledged, s.covered, share)
    from (select x.tenant_id, x.campaign_id, sum(x.acknowledged) as acknowledged,
        sum(x.pending + x.acknowledged + x.refused) as covered
      from monitoring_campaign_counts x
      where (x.tenant_id, x.campaign_id) in (select distinct r.tenant_id, r.campaign_id
        from jsonb_to_recordset(p_deltas) as r(tenant_id uuid, campaign_id uuid))
      group by x.tenant_id, x.campaign_id) s
    where c.tenant_id = s.tenant_id and c.campaign_id = s.campaign_id and c.slot = 0
      and c.target_reached_at is distinct from
        monitoring_target_reached(c.target_reached_at, s.acknowledged, s.covered, share);
  end $$;

  create function monitoring_ack_assignments_inserted() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    perform monitoring_apply_ack_deltas((select jsonb_agg(x) from (
      select a.tenant_id, a.campaign_id, p.unit_id, monitoring_slot(a.person_id) as slot, a.due_date,
        monitoring_ack_bucket(a.status, p.status) as bucket, count(*)::int as n
      from new_rows a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
      group by 1, 2, 3, 4, 5, 6) x));
    return null;
  end $$;

  create function monitoring_ack_assignments_updated() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    perform monitoring_apply_ack_deltas((select jsonb_agg(x) from (
      select tenant_id, campaign_id, unit_id, slot, due_date, bucket, sum(n)::int as n from (
        select a.tenant_id, a.campaign_id, p.unit_id, monitoring_slot(a.person_id) as slot, a.due_date,
          monitoring_ack_bucket(a.status, p.status) as bucket, -1 as n
        from old_rows a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
        union all
        select a.tenant_id, a.campaign_id, p.unit_id, monitoring_slot(a.person_id) as slot, a.due_date,
          monitoring_ack_bucket(a.status, p.status), 1
        from new_rows a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
      ) c group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0) x));
    return null;
  end $$;

  create function monitoring_ack_assignments_deleted() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    perform monitoring_apply_ack_deltas((select jsonb_agg(x) from (
      select a.tenant_id, a.campaign_id, p.unit_id, monitoring_slot(a.person_id) as slot, a.due_date,
        monitoring_ack_bucket(a.status, p.status) as bucket, -count(*)::int as n
      from old_rows a join people p on p.tenant_id = a.tenant_id and p.id = a.person_id
      group by 1, 2, 3, 4, 5, 6) x));
    return null;
  end $$;

  -- A person moving unit, leaving or coming back moves their assignments between buckets.
  create function monitoring_people_updated() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    perform monitoring_apply_ack_deltas((select jsonb_agg(x) from (
      select tenant_id, campaign_id, unit_id, slot, due_date, bucket, sum(n)::int as n from (
        select a.tenant_id, a.campaign_id, o.unit_id, monitoring_slot(o.id) as slot, a.due_date,
          monitoring_ack_bucket(a.status, o.status) as bucket, -1 as n
        from old_rows o join new_rows nw on nw.tenant_id = o.tenant_id and nw.id = o.id
          join ack_assignments a on a.tenant_id = o.tenant_id and a.person_id = o.id
        where o.unit_id is distinct from nw.unit_id or o.status <> nw.status
        union all
        select a.tenant_id, a.campaign_id, nw.unit_id, monitoring_slot(nw.id), a.due_date,
          monitoring_ack_bucket(a.status, nw.status), 1
        from old_rows o join new_rows nw on nw.tenant_id = o.tenant_id and nw.id = o.id
          join ack_assignments a on a.tenant_id = nw.tenant_id and a.person_id = nw.id
        where o.unit_id is distinct from nw.unit_id or o.status <> nw.status
      ) c group by 1, 2, 3, 4, 5, 6 having sum(n) <> 0) x));
    update monitoring_partners m set people_active = m.people_active + d.n
      from (select nw.tenant_id, sum(case when nw.status = 'active' then 1 else 0 end
          - case when o.status = 'active' then 1 else 0 end)::int as n
        from old_rows o join new_rows nw on nw.tenant_id = o.tenant_id and nw.id = o.id
        where o.status <> nw.status group by nw.tenant_id) d
      where m.tenant_id = d.tenant_id and d.n <> 0;
    return null;
  end $$;

  create function monitoring_people_inserted() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    update monitoring_partners m set people_active = m.people_active + d.n
      from (select tenant_id, count(*)::int as n from new_rows where status = 'active' group by tenant_id) d
      where m.tenant_id = d.tenant_id;
    return null;
  end $$;

  create trigger monitoring_ack_assignments_inserted after insert on ack_assignments
    referencing new table as new_rows for each statement execute function monitoring_ack_assignments_inserted();
  create trigger monitoring_ack_assignments_updated after update on ack_assignments
    referencing old table as old_rows new table as new_rows
    for each statement execute function monitoring_ack_assignments_updated();
  create trigger monitoring_ack_assignments_deleted after delete on ack_assignments
    referencing old table as old_rows for each statement execute function monitoring_ack_assignments_deleted();
  create trigger monitoring_people_updated after update on people
    referencing old table as old_rows new table as new_rows
    for each statement execute function monitoring_people_updated();
  create trigger monitoring_people_inserted after insert on people
    referencing new table as new_rows for each statement execute function monitoring_people_inserted();
`;

export const dropAckTriggers = sql`
  drop trigger if exists monitoring_people_inserted on people;
  drop trigger if exists monitoring_people_updated on people;
  drop trigger if exists monitoring_ack_assignments_deleted on ack_assignments;
  drop trigger if exists monitoring_ack_assignments_updated on ack_assignments;
  drop trigger if exists monitoring_ack_assignments_inserted on ack_assignments;
  drop function if exists monitoring_people_inserted();
  drop function if exists monitoring_people_updated();
  drop function if exists monitoring_ack_assignments_deleted();
  drop function if exists monitoring_ack_assignments_updated();
  drop function if exists monitoring_ack_assignments_inserted();
  drop function if exists monitoring_apply_ack_deltas(jsonb);
  drop function if exists monitoring_slot(uuid);
  drop function if exists monitoring_target_reached(timestamptz, bigint, bigint, numeric);
  drop function if exists monitoring_ack_bucket(text, text);
`;
