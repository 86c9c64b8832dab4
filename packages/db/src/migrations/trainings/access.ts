import { sql } from 'kysely';

/** What the application role may do with the training tables, and the two cross-tenant entry points. */
export const grantAccess = sql`
  grant update (is_manager) on people to qorgau_app;
  grant select, insert, update on training_settings, training_custom_modules, training_custom_questions,
    training_assignments, training_enrolments to qorgau_app;
  grant select, insert on training_course_versions, training_sessions, training_reminders to qorgau_app;
  grant select, insert on training_attempts, training_completions, training_attendance to qorgau_app;
  grant update (submitted_at, answers, results, correct_count, score_percent, passed) on training_attempts to qorgau_app;
  grant update (certificate_document_id) on training_completions to qorgau_app;
  grant update (completion_id) on training_attendance to qorgau_app;

  create function app_publish_training_model(p_course_key text, p_version text, p_course jsonb, p_changelog text)
    returns void language plpgsql volatile security definer set search_path = public as $$
  begin
    if not app_is_project_staff() then
      raise exception 'project staff only' using errcode = 'insufficient_privilege';
    end if;
    insert into training_models (course_key, version, course, changelog, published_by)
      values (p_course_key, p_version, p_course, p_changelog, app_current_user());
  end $$;
  revoke execute on function app_publish_training_model(text, text, jsonb, text) from public;
  grant execute on function app_publish_training_model(text, text, jsonb, text) to qorgau_app;

  -- The sweep visits every tenant with an open training assignment; only ids cross tenants.
  create function app_tenants_with_open_trainings() returns setof uuid
    language sql stable security definer set search_path = public as $$
    select distinct tenant_id from training_assignments where closed_at is null
  $$;
  revoke execute on function app_tenants_with_open_trainings() from public;
  grant execute on function app_tenants_with_open_trainings() to qorgau_app;
`;
