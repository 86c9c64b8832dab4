import { sql } from 'kysely';

/**
 * One row per partner holds its policy stage, since when, its current campaign and its last
 * activity, kept by triggers on the tables that move them. The later stages (acknowledged, trained)
 * depend on editable targets and are derived when read.
 */
export const createStageTriggers = sql`
  create function monitoring_stage_of(p_status text) returns integer language sql immutable as $$
    select case p_status when 'draft' then 1 when 'changes_requested' then 1 when 'submitted' then 2
      when 'approved' then 3 when 'adopted' then 4 when 'published' then 5 else 0 end
  $$;
  create function monitoring_stage_name(p_rank integer) returns text language sql immutable as $$
    select (array['invited', 'drafting', 'in_review', 'approved', 'adopted', 'published'])[p_rank + 1]
  $$;

  create function monitoring_organization_created() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    if new.kind <> 'ngo' then
      insert into monitoring_partners (tenant_id, stage_since, last_activity_at)
        values (new.tenant_id, new.created_at, new.created_at) on conflict (tenant_id) do nothing;
    end if;
    return null;
  end $$;

  -- The furthest status any version reached is the stage: a partner revising a published policy
  -- stays "published" while the revision is drafted.
  create function monitoring_policy_version_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
  declare
    reached text := monitoring_stage_name((select max(monitoring_stage_of(status)) from policy_versions
      where tenant_id = new.tenant_id));
  begin
    if (select kind from organizations where tenant_id = new.tenant_id) = 'ngo' then return null; end if;
    insert into monitoring_partners as m (tenant_id, policy_stage, stage_since, last_activity_at, adopted_at, published_at)
      values (new.tenant_id, reached, now(), now(),
        case when new.status = 'adopted' then now() end, case when new.status = 'published' then now() end)
    on conflict (tenant_id) do update set
      policy_stage = excluded.policy_stage,
      stage_since = case when m.policy_stage = excluded.policy_stage then m.stage_since else now() end,
      last_activity_at = now(),
      adopted_at = coalesce(m.adopted_at, excluded.adopted_at),
      published_at = coalesce(excluded.published_at, m.published_at);
    return null;
  end $$;

  create function monitoring_campaign_created() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    insert into monitoring_campaign_counts (tenant_id, campaign_id) values (new.tenant_id, new.id)
      on conflict do nothing;
    if (select kind from organizations where tenant_id = new.tenant_id) <> 'ngo' then
      -- The newest campaign is the current one (ties within one transaction broken by id).
      insert into monitoring_partners as m (tenant_id, current_campaign_id, last_activity_at)
        values (new.tenant_id, (select c.id from ack_campaigns c where c.tenant_id = new.tenant_id
          order by c.created_at desc, c.id desc limit 1), now())
      on conflict (tenant_id) do update set current_campaign_id = excluded.current_campaign_id,
        last_activity_at = now();
    end if;
    return null;
  end $$;

  create function monitoring_case_report_changed() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    update monitoring_partners set last_activity_at = now(),
      last_report_index = greatest(last_report_index, new.year * 4 + new.quarter - 1)
    where tenant_id = new.tenant_id;
    return null;
  end $$;

  create function monitoring_partner_touched() returns trigger
    language plpgsql security definer set search_path = public as $$
  begin
    update monitoring_partners set last_activity_at = now() where tenant_id = new.tenant_id;
    return null;
  end $$;

  create trigger monitoring_organization_created after insert on organizations
    for each row execute function monitoring_organization_created();
  create trigger monitoring_policy_version_changed after insert or update of status on policy_versions
    for each row execute function monitoring_policy_version_changed();
  create trigger monitoring_policy_version_edited after update of customization on policy_versions
    for each row execute function monitoring_partner_touched();
  create trigger monitoring_campaign_created after insert on ack_campaigns
    for each row execute function monitoring_campaign_created();
  create trigger monitoring_case_report_changed after insert or update on case_reports
    for each row execute function monitoring_case_report_changed();
`;

export const dropStageTriggers = sql`
  drop trigger if exists monitoring_case_report_changed on case_reports;
  drop trigger if exists monitoring_campaign_created on ack_campaigns;
  drop trigger if exists monitoring_policy_version_edited on policy_versions;
  drop trigger if exists monitoring_policy_version_changed on policy_versions;
  drop trigger if exists monitoring_organization_created on organizations;
  drop function if exists monitoring_partner_touched();
  drop function if exists monitoring_case_report_changed();
  drop function if exists monitoring_campaign_created();
  drop function if exists monitoring_policy_version_changed();
  drop function if exists monitoring_organization_created();
  drop function if exists monitoring_stage_name(integer);
  drop function if exists monitoring_stage_of(text);
`;
