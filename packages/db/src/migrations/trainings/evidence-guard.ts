import { sql } from 'kysely';

/**
 * Evidence guard: a submitted attempt is frozen, an open one may only be submitted; a course
 * version never changes; a completion and an attendance row only get their certificate or credit
 * filled in once; nothing here is ever deleted, even by the owner.
 */
export const createEvidenceGuard = sql`
  create function training_evidence_guard() returns trigger language plpgsql as $$
  begin
    if tg_op = 'DELETE' then
      raise exception '% rows are never deleted', tg_table_name using errcode = 'insufficient_privilege';
    end if;
    if tg_table_name = 'training_attempts' then
      if old.submitted_at is not null
         or (to_jsonb(new) - array['submitted_at', 'answers', 'results', 'correct_count', 'score_percent', 'passed'])
            is distinct from
            (to_jsonb(old) - array['submitted_at', 'answers', 'results', 'correct_count', 'score_percent', 'passed']) then
        raise exception 'a submitted attempt is frozen' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if tg_table_name = 'training_completions' then
      if old.certificate_document_id is not null
         or (to_jsonb(new) - 'certificate_document_id') is distinct from (to_jsonb(old) - 'certificate_document_id') then
        raise exception 'a completion is evidence' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    if tg_table_name = 'training_attendance' then
      if old.completion_id is not null
         or (to_jsonb(new) - 'completion_id') is distinct from (to_jsonb(old) - 'completion_id') then
        raise exception 'attendance is evidence' using errcode = 'insufficient_privilege';
      end if;
      return new;
    end if;
    raise exception '% rows never change', tg_table_name using errcode = 'insufficient_privilege';
  end $$;
  create trigger training_course_versions_guard before update or delete on training_course_versions
    for each row execute function training_evidence_guard();
  create trigger training_attempts_guard before update or delete on training_attempts
    for each row execute function training_evidence_guard();
  create trigger training_completions_guard before update or delete on training_completions
    for each row execute function training_evidence_guard();
  create trigger training_attendance_guard before update or delete on training_attendance
    for each row execute function training_evidence_guard();
  create trigger training_sessions_guard before delete on training_sessions
    for each row execute function training_evidence_guard();
`;
