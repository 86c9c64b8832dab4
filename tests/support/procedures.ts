import type { Permission } from '@qorgau/core';
import type { TestClient } from './app.js';
import { trainingProcedures } from './training-procedures.js';

/** The ids a caller aims at: its own tenant's in the permission matrix, another's in isolation tests. */
export interface TargetIds {
  tenantId: string;
  unitId: string;
  personId: string;
  invitationId: string;
  batchId: string;
  policyVersionId: string;
  campaignId: string;
  training?: { assignmentId: string; sessionId: string; attemptId: string };
}

type Caller = Awaited<ReturnType<TestClient['caller']>>;

export interface TenantProcedureCase {
  permission: Permission;
  call: (caller: Caller, ids: TargetIds) => Promise<unknown>;
}

const person = { fullName: 'Әсел Қожахметова', language: 'kk' as const, kind: 'employee' as const };

/** Every tenant-scoped procedure, with a representative input. A test fails if one is missing here. */
export const TENANT_PROCEDURES: Record<string, TenantProcedureCase> = {
  'organizations.list': { permission: 'organizations.viewAll', call: (c) => c.organizations.list() },
  'organizations.create': {
    permission: 'organizations.create',
    call: (c) =>
      c.organizations.create({
        kind: 'company',
        names: { kk: 'Жаңа ұйым', ru: 'Новая организация', en: 'New organisation' },
        bin: '990440000014',
        defaultLanguage: 'ru',
      }),
  },
  'organizations.inviteOfficer': {
    permission: 'organizations.inviteOfficer',
    call: (c, ids) =>
      c.organizations.inviteOfficer({
        organizationId: ids.tenantId,
        email: 'officer@example.kz',
        fullName: 'HR',
        language: 'ru',
      }),
  },
  'units.list': { permission: 'units.read', call: (c) => c.units.list() },
  'units.create': {
    permission: 'units.write',
    call: (c, ids) => c.units.create({ name: `Sub ${Math.random()}`, parentId: ids.unitId }),
  },
  'units.rename': {
    permission: 'units.write',
    call: (c, ids) => c.units.rename({ id: ids.unitId, name: `Renamed ${Math.random()}` }),
  },
  'people.list': { permission: 'people.read', call: (c, ids) => c.people.list({ unitId: ids.unitId }) },
  'people.get': { permission: 'people.read', call: (c, ids) => c.people.get({ id: ids.personId }) },
  'people.create': {
    permission: 'people.write',
    call: (c, ids) => c.people.create({ ...person, unitId: ids.unitId }),
  },
  'people.update': {
    permission: 'people.write',
    call: (c, ids) => c.people.update({ ...person, id: ids.personId, unitId: ids.unitId }),
  },
  'people.deactivate': {
    permission: 'people.write',
    call: (c, ids) => c.people.deactivate({ id: ids.personId }),
  },
  'people.reactivate': {
    permission: 'people.write',
    call: (c, ids) => c.people.reactivate({ id: ids.personId }),
  },
  'people.invite': {
    permission: 'people.invite',
    call: (c, ids) => c.people.invite({ personId: ids.personId }),
  },
  'people.importApply': {
    permission: 'people.write',
    call: (c, ids) => c.people.importApply({ runId: ids.batchId, deactivateMissing: false }),
  },
  'invitations.list': { permission: 'invitations.read', call: (c) => c.invitations.list() },
  'invitations.revoke': {
    permission: 'invitations.write',
    call: (c, ids) => c.invitations.revoke({ id: ids.invitationId }),
  },
  'outbox.list': { permission: 'outbox.read', call: (c) => c.outbox.list() },
  'home.summary': { permission: 'home.view', call: (c) => c.home.summary() },
  'documents.list': {
    permission: 'documents.read',
    call: (c, ids) => c.documents.list({ batchId: ids.batchId }),
  },
  'documents.mine': { permission: 'documents.readOwn', call: (c) => c.documents.mine() },
  'documents.batches': { permission: 'documents.read', call: (c) => c.documents.batches() },
  'documents.batch': {
    permission: 'documents.read',
    call: (c, ids) => c.documents.batch({ id: ids.batchId }),
  },
  'documents.startSampleBatch': {
    permission: 'documents.issue',
    call: (c) => c.documents.startSampleBatch({ kind: 'training-certificate', language: 'kk' }),
  },
  'policy.model': { permission: 'policy.read', call: (c) => c.policy.model() },
  'policy.versions': { permission: 'policy.read', call: (c) => c.policy.versions() },
  'policy.get': { permission: 'policy.read', call: (c, ids) => c.policy.get({ id: ids.policyVersionId }) },
  'policy.startDraft': { permission: 'policy.write', call: (c) => c.policy.startDraft() },
  'policy.saveDraft': {
    permission: 'policy.write',
    call: (c, ids) =>
      c.policy.saveDraft({
        id: ids.policyVersionId,
        revision: 1,
        customization: {},
        authoritativeLanguage: 'ru',
      }),
  },
  'policy.preview': {
    permission: 'policy.read',
    call: (c, ids) => c.policy.preview({ id: ids.policyVersionId, language: 'kk' }),
  },
  'policy.check': {
    permission: 'policy.read',
    call: (c, ids) => c.policy.check({ id: ids.policyVersionId }),
  },
  'policy.diff': {
    permission: 'policy.read',
    call: (c, ids) => c.policy.diff({ id: ids.policyVersionId, language: 'ru' }),
  },
  'policy.submit': {
    permission: 'policy.write',
    call: (c, ids) => c.policy.submit({ id: ids.policyVersionId, revision: 1 }),
  },
  'policy.comment': {
    permission: 'policy.write',
    call: (c, ids) =>
      c.policy.comment({ id: ids.policyVersionId, clauseId: 'confidentiality', body: 'Reply' }),
  },
  'policy.modelUpdate': {
    permission: 'policy.read',
    call: (c, ids) => c.policy.modelUpdate({ id: ids.policyVersionId }),
  },
  'policy.applyModelUpdate': {
    permission: 'policy.write',
    call: (c, ids) => c.policy.applyModelUpdate({ id: ids.policyVersionId, revision: 1, keep: [] }),
  },
  'review.models': { permission: 'policy.review', call: (c) => c.review.models() },
  'review.publishModel': {
    permission: 'policy.review',
    call: (c) => c.review.publishModel({ changelog: 'Again' }),
  },
  'adoption.get': {
    permission: 'policy.read',
    call: (c, ids) => c.adoption.get({ versionId: ids.policyVersionId }),
  },
  'adoption.record': {
    permission: 'policy.adopt',
    call: (c, ids) =>
      c.adoption.record({
        versionId: ids.policyVersionId,
        body: 'board_of_directors',
        meetingForm: 'in_person',
        meetingDate: '2026-11-20',
        place: 'Алматы',
        minutesNumber: '7',
        members: [{ fullName: 'Ә. Қасымов', attended: true, vote: 'for' }],
        chairName: 'Ә. Қасымов',
        secretaryName: 'Б. Ким',
        effectiveDate: '2026-12-01',
        responsibleOfficer: 'HR',
        familiarisationDeadline: '2026-12-31',
        extractLanguage: 'kk',
      }),
  },
  'adoption.retryExtract': {
    permission: 'policy.adopt',
    call: (c, ids) => c.adoption.retryExtract({ versionId: ids.policyVersionId }),
  },
  'campaigns.audienceChoices': { permission: 'policy.publish', call: (c) => c.campaigns.audienceChoices() },
  'campaigns.audienceSize': {
    permission: 'policy.publish',
    call: (c, ids) => c.campaigns.audienceSize({ audience: { unitIds: [ids.unitId], kinds: ['employee'] } }),
  },
  'people.importProgress': {
    permission: 'people.write',
    call: (c, ids) => c.people.importProgress({ runId: ids.batchId }),
  },
  'policy.publish': {
    permission: 'policy.publish',
    call: (c, ids) => c.policy.publish({ versionId: ids.policyVersionId, dueDate: '2026-12-31' }),
  },
  'myPolicy.current': { permission: 'acknowledgement.own', call: (c) => c.myPolicy.current() },
  'myPolicy.read': {
    permission: 'acknowledgement.own',
    call: (c, ids) => c.myPolicy.read({ versionId: ids.policyVersionId, language: 'kk' }),
  },
  'myPolicy.reachedEnd': {
    permission: 'acknowledgement.own',
    call: (c, ids) => c.myPolicy.reachedEnd({ versionId: ids.policyVersionId, language: 'kk' }),
  },
  'myPolicy.acknowledge': {
    permission: 'acknowledgement.own',
    call: (c, ids) =>
      c.myPolicy.acknowledge({
        versionId: ids.policyVersionId,
        language: 'kk',
        typedName: 'X',
        consent: true,
      }),
  },
  'myPolicy.refuse': {
    permission: 'acknowledgement.own',
    call: (c, ids) => c.myPolicy.refuse({ versionId: ids.policyVersionId, language: 'kk', reason: 'No' }),
  },
  'campaigns.issueSheet': {
    permission: 'campaigns.read',
    call: (c, ids) => c.campaigns.issueSheet({ versionId: ids.policyVersionId, language: 'kk' }),
  },
  'campaigns.roster': {
    permission: 'campaigns.read',
    call: (c, ids) => c.campaigns.roster({ id: ids.campaignId }),
  },
  'campaigns.remindNow': {
    permission: 'policy.publish',
    call: (c, ids) => c.campaigns.remindNow({ id: ids.campaignId }),
  },
  'campaigns.list': { permission: 'campaigns.read', call: (c) => c.campaigns.list() },
  'campaigns.progress': {
    permission: 'campaigns.read',
    call: (c, ids) => c.campaigns.progress({ id: ids.campaignId }),
  },
  'review.preview': {
    permission: 'policy.review',
    call: (c, ids) =>
      c.review.preview({ organizationId: ids.tenantId, versionId: ids.policyVersionId, language: 'ru' }),
  },
  'review.diff': {
    permission: 'policy.review',
    call: (c, ids) =>
      c.review.diff({ organizationId: ids.tenantId, versionId: ids.policyVersionId, language: 'ru' }),
  },
  'review.queue': { permission: 'policy.review', call: (c) => c.review.queue() },
  'review.get': {
    permission: 'policy.review',
    call: (c, ids) => c.review.get({ organizationId: ids.tenantId, versionId: ids.policyVersionId }),
  },
  'review.comment': {
    permission: 'policy.review',
    call: (c, ids) =>
      c.review.comment({
        organizationId: ids.tenantId,
        versionId: ids.policyVersionId,
        clauseId: 'confidentiality',
        body: 'Why?',
      }),
  },
  'review.decide': {
    permission: 'policy.review',
    call: (c, ids) =>
      c.review.decide({ organizationId: ids.tenantId, versionId: ids.policyVersionId, decision: 'approve' }),
  },
  ...trainingProcedures(),
  'monitoring.dashboard': { permission: 'monitoring.read', call: (c) => c.monitoring.dashboard({}) },
  'monitoring.indicators': { permission: 'monitoring.read', call: (c) => c.monitoring.indicators() },
  'monitoring.charts': { permission: 'monitoring.read', call: (c) => c.monitoring.charts() },
  'monitoring.partner': {
    permission: 'monitoring.read',
    call: (c, ids) => c.monitoring.partner({ organizationId: ids.tenantId }),
  },
  'monitoring.caseReports': { permission: 'monitoring.read', call: (c) => c.monitoring.caseReports({}) },
  'monitoring.setTargets': {
    permission: 'monitoring.writeTargets',
    call: (c) =>
      c.monitoring.setTargets({
        companiesAdopted: 10,
        universitiesAdopted: 5,
        acknowledgedShare: 0.9,
        trainedShare: 0.8,
        timelyResponsesBaseline: 0,
        timelyResponsesIncrease: 0.1,
      }),
  },
  'monitoring.issueDonorReport': {
    permission: 'monitoring.writeTargets',
    call: (c) => c.monitoring.issueDonorReport({ language: 'en' }),
  },
  'caseReports.list': { permission: 'caseReports.read', call: (c) => c.caseReports.list() },
  'caseReports.submit': {
    permission: 'caseReports.write',
    call: (c) =>
      c.caseReports.submit({
        year: 2026,
        quarter: 1,
        received: 0,
        byChannel: { hotline: 0, email: 0, in_person: 0, online: 0, other: 0 },
        byType: {
          sexual_harassment: 0,
          harassment: 0,
          discrimination: 0,
          abuse_of_authority: 0,
          violence: 0,
          other: 0,
        },
        acknowledgedInTime: 0,
        investigated: 0,
        respondedInTime: 0,
        outcomes: {
          substantiated: 0,
          not_substantiated: 0,
          resolved_informally: 0,
          withdrawn: 0,
          ongoing: 0,
        },
        medianDaysToRespond: null,
      }),
  },
};

/** Procedures that are not tenant-scoped, listed so the matrix test can prove it covers the router. */
export const NON_TENANT_PROCEDURES = [
  'auth.me',
  'auth.signIn',
  'auth.signOut',
  'auth.signOutEverywhere',
  'auth.requestPasswordReset',
  'auth.resetPassword',
  'auth.invitationPreview',
  'auth.acceptInvitation',
  'auth.switchOrganization',
  'auth.setLanguage',
  'auth.redeemLink',
  'verify.byId',
];

export async function trpcCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return (error as { code?: string }).code ?? 'THREW';
  }
}
