import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { TrainingDatabase } from './database-training.js';
import { TRAINING_COLUMNS } from './database-training-columns.js';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Language = 'kk' | 'ru' | 'en';
type TenantRole = 'project_staff' | 'hr_officer' | 'board_secretary' | 'ethics_officer' | 'member';

export interface OrganizationsTable {
  tenant_id: Generated<string>;
  kind: 'ngo' | 'company' | 'university';
  name_kk: string;
  name_ru: string;
  name_en: string;
  bin: string;
  default_language: Language;
  status: Generated<'active' | 'suspended'>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  full_name: string;
  password_hash: string | null;
  preferred_language: Generated<Language>;
  created_at: Timestamp;
  updated_at: Timestamp;
  disabled_at: NullableTimestamp;
}

export interface UnitsTable {
  tenant_id: string;
  id: Generated<string>;
  name: string;
  parent_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PeopleTable {
  tenant_id: string;
  id: Generated<string>;
  full_name: string;
  email: string | null;
  position: string | null;
  unit_id: string | null;
  number: string | null;
  kind: Generated<'employee' | 'student'>;
  language: Language;
  status: Generated<'active' | 'inactive'>;
  user_id: string | null;
  hired_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  deactivated_at: NullableTimestamp;
  is_manager: Generated<boolean>;
}

export interface MembershipsTable {
  tenant_id: string;
  id: Generated<string>;
  user_id: string;
  role: TenantRole;
  person_id: string | null;
  created_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface InvitationsTable {
  tenant_id: string;
  id: Generated<string>;
  email: string;
  full_name: string | null;
  role: Exclude<TenantRole, 'project_staff'>;
  person_id: string | null;
  language: Language;
  token_hash: Buffer;
  invited_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface SessionsTable {
  id: Generated<string>;
  token_hash: Buffer;
  user_id: string;
  active_tenant_id: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface PasswordResetsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface EmailOutboxTable {
  id: Generated<string>;
  to_address: string;
  language: Language;
  template: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  sent_at: NullableTimestamp;
  last_error: string | null;
}

/** rate-limiter-flexible's PostgreSQL store: one row per (budget, digest of account or address). */
export interface RateLimitPointsTable {
  key: string;
  points: Generated<number>;
  /** Epoch milliseconds; null never expires. */
  expire: string | null;
}

export interface AuditLogTable {
  tenant_id: string;
  /** Which of the organisation's 16 chains the entry is in; chosen by the chaining trigger. */
  chain: Generated<number>;
  /** Filled in by the chaining trigger, numbering the entries of one chain. */
  seq: Generated<string>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string | null;
  details: ColumnType<unknown, string | undefined, never>;
  prev_hash: Generated<string>;
  hash: Generated<string>;
}

export interface DocumentBatchesTable {
  tenant_id: string;
  id: Generated<string>;
  kind: string;
  language: Language;
  total: number;
  done: Generated<number>;
  failed: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  finished_at: NullableTimestamp;
}

export interface DocumentsTable {
  tenant_id: string;
  id: Generated<string>;
  public_id: string;
  kind: string;
  language: Language;
  title: string;
  subject_label: string | null;
  person_id: string | null;
  batch_id: string | null;
  idempotency_key: string;
  sample: Generated<boolean>;
  sha256: string;
  byte_size: number;
  content: Buffer;
  signer: string;
  signed_at: Timestamp;
  issued_by: string | null;
  created_at: Timestamp;
}

export interface DocumentBatchFailuresTable {
  tenant_id: string;
  batch_id: string;
  item_key: string;
  person_id: string | null;
  reason: 'renderFailed' | 'subjectMissing';
  error: string;
  failed_at: Timestamp;
}

export type PolicyStatus = 'draft' | 'submitted' | 'changes_requested' | 'approved' | 'adopted' | 'published';

export interface PolicyVersionsTable {
  tenant_id: string;
  id: Generated<string>;
  number: number;
  model_version: string;
  status: Generated<PolicyStatus>;
  customization: ColumnType<unknown, string, string>;
  authoritative_language: Generated<Language>;
  hashes: ColumnType<Record<Language, string> | null, string | null | undefined, string | null>;
  revision: Generated<number>;
  based_on_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: NullableTimestamp;
  approved_at: NullableTimestamp;
  approved_by: string | null;
  clause_pins: ColumnType<Record<string, string>, string | undefined, string>;
  published_at: NullableTimestamp;
}

type DateColumn = ColumnType<string, string, string>;

export interface AckCampaignsTable {
  tenant_id: string;
  id: Generated<string>;
  version_id: string;
  audience: ColumnType<unknown, string, never>;
  due_date: DateColumn;
  reminder_days_before: ColumnType<number[], number[] | undefined, number[]>;
  remind_on_due: Generated<boolean>;
  reminder_every_days: Generated<number>;
  escalate_after: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
}

export interface AckAssignmentsTable {
  tenant_id: string;
  campaign_id: string;
  person_id: string;
  due_date: DateColumn;
  status: Generated<'pending' | 'acknowledged' | 'refused' | 'superseded'>;
  created_at: Timestamp;
  completed_at: NullableTimestamp;
  reminders_sent: Generated<number>;
  last_reminded_at: NullableTimestamp;
  escalated_at: NullableTimestamp;
}

export interface PolicyReadsTable {
  tenant_id: string;
  version_id: string;
  person_id: string;
  language: Language;
  opened_at: Timestamp;
  reached_end_at: NullableTimestamp;
}

export interface AcknowledgementsTable {
  tenant_id: string;
  id: Generated<string>;
  person_id: string;
  version_id: string;
  campaign_id: string | null;
  decision: 'acknowledged' | 'refused';
  language: Language;
  version_sha256: string;
  typed_name: string | null;
  position: string | null;
  consent_text: string | null;
  refusal_reason: string | null;
  ip: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  receipt_document_id: string | null;
  superseded_at: NullableTimestamp;
}

export interface PolicyAdoptionsTable {
  tenant_id: string;
  id: Generated<string>;
  version_id: string;
  body: 'board_of_directors' | 'supervisory_board' | 'participants_meeting' | 'academic_council';
  meeting_form: 'in_person' | 'absentee';
  meeting_date: ColumnType<string, string, never>;
  place: string;
  minutes_number: string;
  members: ColumnType<unknown, string, never>;
  quorum_required: number;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  chair_name: string;
  secretary_name: string;
  dissenting_opinions: string | null;
  version_sha256: string;
  effective_date: ColumnType<string, string, never>;
  responsible_officer: string;
  familiarisation_deadline: ColumnType<string, string, never>;
  extract_language: Language;
  extract_document_id: string | null;
  extract_error: string | null;
  recorded_by: string | null;
  created_at: Timestamp;
}

export interface PolicyModelsTable {
  version: string;
  manifest: ColumnType<unknown, string, never>;
  sources: ColumnType<unknown, string, never>;
  changelog: string;
  published_at: Timestamp;
  published_by: string | null;
}

export interface PolicyReviewCommentsTable {
  tenant_id: string;
  id: Generated<string>;
  version_id: string;
  clause_id: string;
  author_id: string | null;
  author_side: 'organization' | 'programme';
  body: string;
  created_at: Timestamp;
}

export interface PolicyStateChangesTable {
  tenant_id: string;
  id: Generated<string>;
  version_id: string;
  from_status: PolicyStatus | null;
  to_status: PolicyStatus;
  actor_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface AckRemindersTable {
  tenant_id: string;
  campaign_id: string;
  person_id: string;
  slot: string;
  sent_at: Timestamp;
}

export interface LoginLinksTable {
  tenant_id: string;
  id: Generated<string>;
  token_hash: Buffer;
  person_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface ImportRunsTable {
  tenant_id: string;
  id: Generated<string>;
  file_name: string;
  format: 'csv' | 'xlsx';
  status: Generated<'previewed' | 'applied'>;
  total_rows: number;
  rejected: ColumnType<unknown, string, never>;
  valid_rows: ColumnType<unknown, string, never>;
  summary: ColumnType<unknown, string | undefined, string>;
  created_by: string | null;
  created_at: Timestamp;
  applied_at: NullableTimestamp;
}

export interface AdoptionMinutesTable {
  tenant_id: string;
  adoption_id: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
}

export interface ImportProgressTable {
  tenant_id: string;
  run_id: string;
  done: number;
  total: number;
  updated_at: Timestamp;
}

type Count = Generated<number>;

export interface MonitoringPartnersTable {
  tenant_id: string;
  policy_stage: Generated<'invited' | 'drafting' | 'in_review' | 'approved' | 'adopted' | 'published'>;
  stage_since: Timestamp;
  current_campaign_id: string | null;
  people_active: Count;
  last_report_index: number | null;
  adopted_at: NullableTimestamp;
  published_at: NullableTimestamp;
  last_activity_at: NullableTimestamp;
}

/** Counter shard (0..15) of the sharded roll-ups; readers sum over it. */
type Slot = Generated<number>;

export interface MonitoringCampaignCountsTable {
  tenant_id: string;
  campaign_id: string;
  slot: Slot;
  pending: Count;
  acknowledged: Count;
  refused: Count;
  superseded: Count;
  departed: Count;
  overdue: Count;
  overdue_basis: ColumnType<string, string | undefined, string>;
  target_reached_at: NullableTimestamp;
  updated_at: Timestamp;
}

export interface MonitoringUnitCountsTable {
  tenant_id: string;
  campaign_id: string;
  unit_id: string | null;
  unit_key: ColumnType<string, never, never>;
  slot: Slot;
  pending: Count;
  acknowledged: Count;
  refused: Count;
  superseded: Count;
  departed: Count;
}

export interface MonitoringDueDatesTable {
  tenant_id: string;
  campaign_id: string;
  unit_id: string | null;
  unit_key: ColumnType<string, never, never>;
  slot: Slot;
  due_date: DateColumn;
  pending: Count;
}

export interface MonitoringTrainingCountsTable {
  tenant_id: string;
  unit_id: string | null;
  unit_key: ColumnType<string, never, never>;
  slot: Slot;
  assigned: Count;
  completed: Count;
}

export interface MonitoringTrainingTotalsTable {
  tenant_id: string;
  slot: Slot;
  assigned: Count;
  completed: Count;
  overdue: Count;
  overdue_basis: ColumnType<string, string | undefined, string>;
}

export interface MonitoringTrainingDueDatesTable {
  tenant_id: string;
  unit_id: string | null;
  unit_key: ColumnType<string, never, never>;
  slot: Slot;
  due_date: DateColumn;
  pending: Count;
}

export interface CaseReportsTable {
  tenant_id: string;
  id: Generated<string>;
  year: number;
  quarter: number;
  received: number;
  by_channel: ColumnType<Record<string, number>, string, string>;
  by_type: ColumnType<Record<string, number>, string, string>;
  acknowledged_in_time: number;
  investigated: number;
  responded_in_time: number;
  outcomes: ColumnType<Record<string, number>, string, string>;
  median_days_to_respond: ColumnType<string | null, number | null, number | null>;
  revision: Generated<number>;
  submitted_by: string | null;
  submitted_at: Timestamp;
}

export interface ProgrammeTargetsTable {
  id: Generated<boolean>;
  companies_adopted: Count;
  universities_adopted: Count;
  acknowledged_share: ColumnType<string, never, never>;
  trained_share: ColumnType<string, never, never>;
  timely_responses_baseline: Count;
  timely_responses_increase: ColumnType<string, never, never>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface ProgrammeDailyTable {
  day: DateColumn;
  companies_adopted: number;
  universities_adopted: number;
  covered: number;
  acknowledged: number;
  training_assigned: number;
  trained: number;
  timely_responses: number;
  recorded_at: Timestamp;
}

export interface PartnerDailyTable {
  tenant_id: string;
  day: DateColumn;
  covered: number;
  acknowledged: number;
  refused: number;
  overdue: number;
  training_assigned: number;
  trained: number;
  recorded_at: Timestamp;
}

export interface Database extends TrainingDatabase {
  organizations: OrganizationsTable;
  users: UsersTable;
  units: UnitsTable;
  people: PeopleTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  sessions: SessionsTable;
  password_resets: PasswordResetsTable;
  email_outbox: EmailOutboxTable;
  audit_log: AuditLogTable;
  rate_limit_points: RateLimitPointsTable;
  document_batches: DocumentBatchesTable;
  documents: DocumentsTable;
  document_batch_failures: DocumentBatchFailuresTable;
  policy_versions: PolicyVersionsTable;
  policy_review_comments: PolicyReviewCommentsTable;
  policy_state_changes: PolicyStateChangesTable;
  policy_models: PolicyModelsTable;
  policy_adoptions: PolicyAdoptionsTable;
  ack_campaigns: AckCampaignsTable;
  ack_assignments: AckAssignmentsTable;
  policy_reads: PolicyReadsTable;
  acknowledgements: AcknowledgementsTable;
  ack_reminders: AckRemindersTable;
  login_links: LoginLinksTable;
  import_runs: ImportRunsTable;
  monitoring_partners: MonitoringPartnersTable;
  monitoring_campaign_counts: MonitoringCampaignCountsTable;
  monitoring_unit_counts: MonitoringUnitCountsTable;
  monitoring_due_dates: MonitoringDueDatesTable;
  monitoring_training_counts: MonitoringTrainingCountsTable;
  monitoring_training_due_dates: MonitoringTrainingDueDatesTable;
  monitoring_training_totals: MonitoringTrainingTotalsTable;
  case_reports: CaseReportsTable;
  programme_targets: ProgrammeTargetsTable;
  programme_daily: ProgrammeDailyTable;
  partner_daily: PartnerDailyTable;
  adoption_minutes: AdoptionMinutesTable;
  import_progress: ImportProgressTable;
}

export type Organization = Selectable<OrganizationsTable>;
export type User = Selectable<UsersTable>;
export type Unit = Selectable<UnitsTable>;
export type Person = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type Membership = Selectable<MembershipsTable>;
export type Invitation = Selectable<InvitationsTable>;
export type Session = Selectable<SessionsTable>;
export type OutboxMessage = Selectable<EmailOutboxTable>;

/**
 * The columns each table must have, checked against the migrated catalog by a test. The type below
 * fails to compile when a column is added to an interface but not listed here, so the interfaces,
 * this list and the migrations cannot drift apart unnoticed.
 */
type ColumnList<T> = readonly (keyof T & string)[];
type Exhaustive<T, L extends ColumnList<T>> = Exclude<keyof T, L[number]> extends never ? L : never;
function columns<T>() {
  return <const L extends ColumnList<T>>(list: Exhaustive<T, L>) => list;
}

export const DATABASE_COLUMNS: { [K in keyof Database]: ColumnList<Database[K]> } = {
  ...TRAINING_COLUMNS,
  organizations: columns<OrganizationsTable>()([
    'tenant_id',
    'kind',
    'name_kk',
    'name_ru',
    'name_en',
    'bin',
    'default_language',
    'status',
    'created_at',
    'updated_at',
  ]),
  users: columns<UsersTable>()([
    'id',
    'email',
    'full_name',
    'password_hash',
    'preferred_language',
    'created_at',
    'updated_at',
    'disabled_at',
  ]),
  units: columns<UnitsTable>()(['tenant_id', 'id', 'name', 'parent_id', 'created_at', 'updated_at']),
  people: columns<PeopleTable>()([
    'tenant_id',
    'id',
    'full_name',
    'email',
    'position',
    'unit_id',
    'number',
    'kind',
    'language',
    'status',
    'user_id',
    'hired_on',
    'created_at',
    'updated_at',
    'deactivated_at',
    'is_manager',
  ]),
  memberships: columns<MembershipsTable>()([
    'tenant_id',
    'id',
    'user_id',
    'role',
    'person_id',
    'created_at',
    'revoked_at',
  ]),
  invitations: columns<InvitationsTable>()([
    'tenant_id',
    'id',
    'email',
    'full_name',
    'role',
    'person_id',
    'language',
    'token_hash',
    'invited_by',
    'created_at',
    'expires_at',
    'accepted_at',
    'revoked_at',
  ]),
  sessions: columns<SessionsTable>()([
    'id',
    'token_hash',
    'user_id',
    'active_tenant_id',
    'ip',
    'user_agent',
    'created_at',
    'last_seen_at',
    'expires_at',
    'revoked_at',
  ]),
  password_resets: columns<PasswordResetsTable>()([
    'id',
    'user_id',
    'token_hash',
    'created_at',
    'expires_at',
    'used_at',
  ]),
  email_outbox: columns<EmailOutboxTable>()([
    'id',
    'to_address',
    'language',
    'template',
    'subject',
    'text_body',
    'html_body',
    'created_at',
    'attempts',
    'next_attempt_at',
    'sent_at',
    'last_error',
  ]),
  rate_limit_points: columns<RateLimitPointsTable>()(['key', 'points', 'expire']),
  audit_log: columns<AuditLogTable>()([
    'tenant_id',
    'seq',
    'occurred_at',
    'actor_user_id',
    'action',
    'target_type',
    'target_id',
    'ip',
    'user_agent',
    'request_id',
    'details',
    'prev_hash',
    'hash',
    'chain',
  ]),
  document_batches: columns<DocumentBatchesTable>()([
    'tenant_id',
    'id',
    'kind',
    'language',
    'total',
    'done',
    'failed',
    'created_by',
    'created_at',
    'finished_at',
  ]),
  documents: columns<DocumentsTable>()([
    'tenant_id',
    'id',
    'public_id',
    'kind',
    'language',
    'title',
    'subject_label',
    'person_id',
    'batch_id',
    'idempotency_key',
    'sample',
    'sha256',
    'byte_size',
    'content',
    'signer',
    'signed_at',
    'issued_by',
    'created_at',
  ]),
  document_batch_failures: columns<DocumentBatchFailuresTable>()([
    'tenant_id',
    'batch_id',
    'item_key',
    'person_id',
    'reason',
    'error',
    'failed_at',
  ]),
  policy_versions: columns<PolicyVersionsTable>()([
    'tenant_id',
    'id',
    'number',
    'model_version',
    'status',
    'customization',
    'authoritative_language',
    'hashes',
    'revision',
    'based_on_id',
    'created_by',
    'created_at',
    'updated_at',
    'submitted_at',
    'approved_at',
    'approved_by',
    'clause_pins',
    'published_at',
  ]),
  policy_review_comments: columns<PolicyReviewCommentsTable>()([
    'tenant_id',
    'id',
    'version_id',
    'clause_id',
    'author_id',
    'author_side',
    'body',
    'created_at',
  ]),
  policy_state_changes: columns<PolicyStateChangesTable>()([
    'tenant_id',
    'id',
    'version_id',
    'from_status',
    'to_status',
    'actor_id',
    'note',
    'created_at',
  ]),
  policy_models: columns<PolicyModelsTable>()([
    'version',
    'manifest',
    'sources',
    'changelog',
    'published_at',
    'published_by',
  ]),
  policy_adoptions: columns<PolicyAdoptionsTable>()([
    'tenant_id',
    'id',
    'version_id',
    'body',
    'meeting_form',
    'meeting_date',
    'place',
    'minutes_number',
    'members',
    'quorum_required',
    'votes_for',
    'votes_against',
    'votes_abstain',
    'chair_name',
    'secretary_name',
    'dissenting_opinions',
    'version_sha256',
    'effective_date',
    'responsible_officer',
    'familiarisation_deadline',
    'extract_language',
    'extract_document_id',
    'extract_error',
    'recorded_by',
    'created_at',
  ]),
  ack_campaigns: columns<AckCampaignsTable>()([
    'tenant_id',
    'id',
    'version_id',
    'audience',
    'due_date',
    'reminder_days_before',
    'remind_on_due',
    'reminder_every_days',
    'escalate_after',
    'created_by',
    'created_at',
  ]),
  ack_assignments: columns<AckAssignmentsTable>()([
    'tenant_id',
    'campaign_id',
    'person_id',
    'due_date',
    'status',
    'created_at',
    'completed_at',
    'reminders_sent',
    'last_reminded_at',
    'escalated_at',
  ]),
  policy_reads: columns<PolicyReadsTable>()([
    'tenant_id',
    'version_id',
    'person_id',
    'language',
    'opened_at',
    'reached_end_at',
  ]),
  acknowledgements: columns<AcknowledgementsTable>()([
    'tenant_id',
    'id',
    'person_id',
    'version_id',
    'campaign_id',
    'decision',
    'language',
    'version_sha256',
    'typed_name',
    'position',
    'consent_text',
    'refusal_reason',
    'ip',
    'user_agent',
    'created_at',
    'receipt_document_id',
    'superseded_at',
  ]),
  ack_reminders: columns<AckRemindersTable>()(['tenant_id', 'campaign_id', 'person_id', 'slot', 'sent_at']),
  login_links: columns<LoginLinksTable>()([
    'id',
    'token_hash',
    'tenant_id',
    'person_id',
    'created_at',
    'expires_at',
    'used_at',
  ]),
  import_runs: columns<ImportRunsTable>()([
    'tenant_id',
    'id',
    'file_name',
    'format',
    'status',
    'total_rows',
    'rejected',
    'valid_rows',
    'summary',
    'created_by',
    'created_at',
    'applied_at',
  ]),
  adoption_minutes: columns<AdoptionMinutesTable>()([
    'tenant_id',
    'adoption_id',
    'file_name',
    'size_bytes',
    'sha256',
    'content',
    'uploaded_by',
    'uploaded_at',
  ]),
  import_progress: columns<ImportProgressTable>()(['tenant_id', 'run_id', 'done', 'total', 'updated_at']),
  monitoring_partners: columns<MonitoringPartnersTable>()([
    'tenant_id',
    'policy_stage',
    'stage_since',
    'current_campaign_id',
    'people_active',
    'last_report_index',
    'adopted_at',
    'published_at',
    'last_activity_at',
  ]),
  monitoring_campaign_counts: columns<MonitoringCampaignCountsTable>()([
    'tenant_id',
    'campaign_id',
    'slot',
    'pending',
    'acknowledged',
    'refused',
    'superseded',
    'departed',
    'overdue',
    'overdue_basis',
    'target_reached_at',
    'updated_at',
  ]),
  monitoring_unit_counts: columns<MonitoringUnitCountsTable>()([
    'tenant_id',
    'campaign_id',
    'unit_id',
    'unit_key',
    'slot',
    'pending',
    'acknowledged',
    'refused',
    'superseded',
    'departed',
  ]),
  monitoring_due_dates: columns<MonitoringDueDatesTable>()([
    'tenant_id',
    'campaign_id',
    'unit_id',
    'unit_key',
    'slot',
    'due_date',
    'pending',
  ]),
  monitoring_training_counts: columns<MonitoringTrainingCountsTable>()([
    'tenant_id',
    'unit_id',
    'unit_key',
    'slot',
    'assigned',
    'completed',
  ]),
  monitoring_training_totals: columns<MonitoringTrainingTotalsTable>()([
    'tenant_id',
    'slot',
    'assigned',
    'completed',
    'overdue',
    'overdue_basis',
  ]),
  monitoring_training_due_dates: columns<MonitoringTrainingDueDatesTable>()([
    'tenant_id',
    'unit_id',
    'unit_key',
    'slot',
    'due_date',
    'pending',
  ]),
  case_reports: columns<CaseReportsTable>()([
    'tenant_id',
    'id',
    'year',
    'quarter',
    'received',
    'by_channel',
    'by_type',
    'acknowledged_in_time',
    'investigated',
    'responded_in_time',
    'outcomes',
    'median_days_to_respond',
    'revision',
    'submitted_by',
    'submitted_at',
  ]),
  programme_targets: columns<ProgrammeTargetsTable>()([
    'id',
    'companies_adopted',
    'universities_adopted',
    'acknowledged_share',
    'trained_share',
    'timely_responses_baseline',
    'timely_responses_increase',
    'updated_at',
    'updated_by',
  ]),
  programme_daily: columns<ProgrammeDailyTable>()([
    'day',
    'companies_adopted',
    'universities_adopted',
    'covered',
    'acknowledged',
    'training_assigned',
    'trained',
    'timely_responses',
    'recorded_at',
  ]),
  partner_daily: columns<PartnerDailyTable>()([
    'tenant_id',
    'day',
    'covered',
    'acknowledged',
    'refused',
    'overdue',
    'training_assigned',
    'trained',
    'recorded_at',
  ]),
};
