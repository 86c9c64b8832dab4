import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type DateColumn = ColumnType<string, string, string>;
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
type Language = 'kk' | 'ru' | 'en';

export interface TrainingModelsTable {
  course_key: string;
  version: string;
  course: ColumnType<unknown, string, never>;
  changelog: string;
  published_at: Timestamp;
  published_by: string | null;
}

export interface TrainingSettingsTable {
  tenant_id: string;
  quiz_gated_ack: Generated<boolean>;
  onboarding_days: Generated<number>;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface TrainingCustomModulesTable {
  tenant_id: string;
  id: Generated<string>;
  position: Generated<number>;
  content: Json;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface TrainingCustomQuestionsTable {
  tenant_id: string;
  id: Generated<string>;
  content: Json;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  archived_at: NullableTimestamp;
}

export interface TrainingCourseVersionsTable {
  tenant_id: string;
  id: Generated<string>;
  number: number;
  course_key: string;
  model_version: string;
  content: ColumnType<unknown, string, never>;
  sha256: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TrainingAssignmentsTable {
  tenant_id: string;
  id: Generated<string>;
  course_key: string;
  title: string;
  audience: ColumnType<unknown, string, never>;
  due_date: DateColumn;
  onboarding_days: Generated<number>;
  refresher_months: number | null;
  refresher_lead_days: Generated<number>;
  reminder_days_before: ColumnType<number[], number[] | undefined, number[]>;
  remind_on_due: Generated<boolean>;
  reminder_every_days: Generated<number>;
  escalate_after: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  closed_at: NullableTimestamp;
}

export type EnrolmentStatus = 'pending' | 'completed' | 'cancelled';

export interface TrainingEnrolmentsTable {
  tenant_id: string;
  assignment_id: string;
  person_id: string;
  cycle: number;
  due_date: DateColumn;
  status: Generated<EnrolmentStatus>;
  created_at: Timestamp;
  course_version_id: string | null;
  modules_done: ColumnType<string[], string[] | undefined, string[]>;
  resume_module: string | null;
  started_at: NullableTimestamp;
  completed_at: NullableTimestamp;
  completion_id: string | null;
  extra_attempts: Generated<number>;
  reminders_sent: Generated<number>;
  last_reminded_at: NullableTimestamp;
  escalated_at: NullableTimestamp;
}

export interface TrainingAttemptsTable {
  tenant_id: string;
  id: Generated<string>;
  assignment_id: string;
  person_id: string;
  cycle: number;
  number: number;
  course_version_id: string;
  language: Language;
  seed: string;
  questions: ColumnType<unknown, string, never>;
  started_at: Timestamp;
  submitted_at: NullableTimestamp;
  answers: NullableJson;
  results: NullableJson;
  correct_count: number | null;
  question_count: number;
  score_percent: number | null;
  passed: boolean | null;
}

export interface TrainingSessionsTable {
  tenant_id: string;
  id: Generated<string>;
  held_on: ColumnType<string, string, never>;
  format: 'in_person' | 'online';
  trainer: string;
  place: string | null;
  topic: string | null;
  hours: ColumnType<string, number | undefined, never>;
  language: Language;
  course_version_id: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface TrainingCompletionsTable {
  tenant_id: string;
  id: Generated<string>;
  person_id: string;
  course_version_id: string;
  source: 'quiz' | 'session';
  assignment_id: string | null;
  cycle: number | null;
  attempt_id: string | null;
  session_id: string | null;
  score_percent: number | null;
  language: Language;
  completed_at: Timestamp;
  certificate_document_id: string | null;
}

export interface TrainingAttendanceTable {
  tenant_id: string;
  session_id: string;
  person_id: string;
  source: 'manual' | 'import';
  recorded_by: string | null;
  recorded_at: Timestamp;
  completion_id: string | null;
}

export interface TrainingRemindersTable {
  tenant_id: string;
  assignment_id: string;
  person_id: string;
  cycle: number;
  slot: string;
  sent_at: Timestamp;
}

export interface TrainingDatabase {
  training_models: TrainingModelsTable;
  training_settings: TrainingSettingsTable;
  training_custom_modules: TrainingCustomModulesTable;
  training_custom_questions: TrainingCustomQuestionsTable;
  training_course_versions: TrainingCourseVersionsTable;
  training_assignments: TrainingAssignmentsTable;
  training_enrolments: TrainingEnrolmentsTable;
  training_attempts: TrainingAttemptsTable;
  training_sessions: TrainingSessionsTable;
  training_completions: TrainingCompletionsTable;
  training_attendance: TrainingAttendanceTable;
  training_reminders: TrainingRemindersTable;
}
