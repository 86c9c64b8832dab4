import { sql } from 'kysely';

/**
 * Training roll-ups per unit: enrolments of active people that are pending or completed (a
 * cancelled one counts nowhere), and the pending ones per due date for "overdue", plus the tenant
 * totals. Same shape as the acknowledgement roll-ups: statement triggers reduce their rows to signed
 * contributions, each in the person's slot.
 */
export const createTrainingTriggers = sql`
  create function monitoring_training_bucket(p_status text, p_person_status text) returns text
    language sql immutable as $$
    select case when p_status = 'cancelled' or p_person_status <> 'active' then null else p_status end
  $$;

  create function monitoring_apply_training_deltas(p_deltas jsonb) returns void
    language plpgsql security definer set search_path = public as $$
  begin
    if p_deltas is null or jsonb_array_length(p_deltas) = 0 then return; end if;
    with d as (
      select * from jsonb_to_recordset(p_deltas)
        as x(tenant_id uuid, unit_id uuid, slot smallint, due_date date, bucket text, n integer)
    ), counts_up as (
      insert into monitoring_training_counts as c (tenant_id, unit_id, slot, assigned, completed)
      select tenant_id, unit_id, slot, sum(n)::int, coalesce(sum(n) filter (where bucket = 'completed'), 0)::int
      from d group by tenant_id, unit_id, slot
      on conflict (tenant_id, unit_key, slot) do update set
        assigned = c.assigned + excluded.assigned, completed = c.completed + excluded.completed
      returning 1
    ), due_up as (
      insert into monitoring_training_due_dates as c (tenant_id, unit_id, slot, due_date, pending)
      select tenant_id, unit_id, slot, due_date, sum(n)::int from d where bucket = 'pending'
      group by tenant_id, unit_id, slot, due_date having sum(n) <> 0
      on conflict (tenant_id, unit_key, due_date, slot) do update set pending = c.pending + excluded.pending
      returning 1
    )
    insert into monitoring_training_totals as m (tenant_id, slot, assigned, completed, overdue)
    select tenant_id, slot, sum(n)::int, coalesce(sum(n) filter (where bucket = 'completed'), 0)::int,
      coalesce(sum(n) filter (where bucket = 'pending' and due_date < current_date), 0)::int
    from d group by tenant_id, slot
    on conflict (tenant_id, slot) do update set
      assigned = m.assigned + excluded.assigned, completed = m.completed + excluded.completed,
      overdue = m.overdue + coalesce((select sum(dd.n) from d dd where dd.tenant_id = m.tenant_id
        and dd.slot = m.slot and dd.bucket = 'pending' and dd.due_date < m.overdue_basis), 0);
  end $$;

  create function monitoring_training_contributions(p_rows jsonb) returns jsonb
    language sql immutable as $$
    select jsonb_agg(x) from (
      select tenant_id, unit_id, slot, due_date, bucket, sum(n)::int as n
      from jsonb_to_recordset(p_rows)
        as r(tenant_id uuid, unit_id uuid, slot smallint, due_date date, bucket text, n integer)
      where bucket is not null group by 1, 2, 3, 4, 5 having sum(n) <> 0) x
  $$;

  create function monitoring_enrolments_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
  declare
    rows jsonb;
  begin
    if tg_op = 'INSERT' then
      rows := (select jsonb_agg(x) from (
        select e.tenant_id, p.unit_id, monitoring_slot(e.person_id) as slot, e.due_date, monitoring_training_bucket(e.status, p.status) as bucket, 1 as n
        from new_rows e join people p on p.tenant_id = e.tenant_id and p.id = e.person_id) x);
    else
      rows := (select jsonb_agg(x) from (
        select e.tenant_id, p.unit_id, monitoring_slot(e.person_id) as slot, e.due_date, monitoring_training_bucket(e.status, p.status) as bucket, -1 as n
        from old_rows e join people p on p.tenant_id = e.tenant_id and p.id = e.person_id
        union all
        select e.tenant_id, p.unit_id, monitoring_slot(e.person_id) as slot, e.due_date, monitoring_training_bucket(e.status, p.status), 1
        from new_rows e join people p on p.tenant_id = e.tenant_id and p.id = e.person_id) x);
    end if;
    perform monitoring_apply_training_deltas(monitoring_training_contributions(rows));
    return null;
  end $$;

  create function monitoring_people_training_moved() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    perform monitoring_apply_training_deltas(monitoring_training_contributions((select jsonb_agg(x) from (
      select e.tenant_id, o.unit_id, monitoring_slot(o.id) as slot, e.due_date, monitoring_training_bucket(e.status, o.status) as bucket, -1 as n
      from old_rows o join new_rows nw on nw.tenant_id = o.tenant_id and nw.id = o.id
        join training_enrolments e on e.tenant_id = o.tenant_id and e.person_id = o.id
      where o.unit_id is distinct from nw.unit_id or o.status <> nw.status
      union all
      select e.tenant_id, nw.unit_id, monitoring_slot(nw.id), e.due_date, monitoring_training_bucket(e.status, nw.status), 1
      from old_rows o join new_rows nw on nw.tenant_id = o.tenant_id and nw.id = o.id
        join training_enrolments e on e.tenant_id = nw.tenant_id and e.person_id = nw.id
      where o.unit_id is distinct from nw.unit_id or o.status <> nw.status) x)));
    return null;
  end $$;

  create trigger monitoring_enrolments_inserted after insert on training_enrolments
    referencing new table as new_rows for each statement execute function monitoring_enrolments_changed();
  create trigger monitoring_enrolments_updated after update on training_enrolments
    referencing old table as old_rows new table as new_rows
    for each statement execute function monitoring_enrolments_changed();
  create trigger monitoring_people_training_moved after update on people
    referencing old table as old_rows new table as new_rows
    for each statement execute function monitoring_people_training_moved();

  create function monitoring_expected_training_counts()
    returns table (tenant_id uuid, unit_id uuid, assigned integer, completed integer)
    language sql stable as $$
    select e.tenant_id, p.unit_id, count(*)::int,
      (count(*) filter (where monitoring_training_bucket(e.status, p.status) = 'completed'))::int
    from training_enrolments e join people p on p.tenant_id = e.tenant_id and p.id = e.person_id
    where monitoring_training_bucket(e.status, p.status) is not null
    group by e.tenant_id, p.unit_id
  $$;

  create function monitoring_expected_training_due_dates()
    returns table (tenant_id uuid, unit_id uuid, due_date date, pending integer)
    language sql stable as $$
    select e.tenant_id, p.unit_id, e.due_date, count(*)::int
    from training_enrolments e join people p on p.tenant_id = e.tenant_id and p.id = e.person_id
    where monitoring_training_bucket(e.status, p.status) = 'pending'
    group by e.tenant_id, p.unit_id, e.due_date
  $$;

  create function monitoring_expected_training_totals()
    returns table (tenant_id uuid, assigned integer, completed integer, overdue integer)
    language sql stable as $$
    select c.tenant_id, sum(c.assigned)::int, sum(c.completed)::int, coalesce((select sum(d.pending)::int
      from monitoring_expected_training_due_dates() d where d.tenant_id = c.tenant_id
        and d.due_date < current_date), 0)
    from monitoring_expected_training_counts() c group by c.tenant_id
  $$;
`;

export const dropTrainingTriggers = sql`
  drop function if exists monitoring_expected_training_totals();
  drop function if exists monitoring_expected_training_due_dates();
  drop function if exists monitoring_expected_training_counts();
  drop trigger if exists monitoring_people_training_moved on people;
  drop trigger if exists monitoring_enrolments_updated on training_enrolments;
  drop trigger if exists monitoring_enrolments_inserted on training_enrolments;
  drop function if exists monitoring_people_training_moved();
  drop function if exists monitoring_enrolments_changed();
  drop function if exists monitoring_training_contributions(jsonb);
  drop function if exists monitoring_apply_training_deltas(jsonb);
  drop function if exists monitoring_training_bucket(text, text);
`;
