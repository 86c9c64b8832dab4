import type { TargetIds, TenantProcedureCase } from './procedures.js';

const NO_ID = '00000000-0000-4000-8000-000000000000';
const localized = (text: string) => ({ kk: `${text} (kk)`, ru: `${text} (ru)`, en: text });

/** The training procedures of the matrix, aimed at the fixture's assignment, attempt and session. */
export function trainingProcedures(): Record<string, TenantProcedureCase> {
  const assignment = (ids: TargetIds) => ids.training?.assignmentId ?? NO_ID;
  const session = (ids: TargetIds) => ids.training?.sessionId ?? NO_ID;
  return {
    'myTraining.overview': { permission: 'training.own', call: (c) => c.myTraining.overview() },
    'myTraining.start': { permission: 'training.own', call: (c) => c.myTraining.start() },
    'myTraining.module': {
      permission: 'training.own',
      call: (c, ids) =>
        c.myTraining.module({
          assignmentId: assignment(ids),
          moduleId: 'definitions-and-examples',
          language: 'kk',
        }),
    },
    'myTraining.answerCheck': {
      permission: 'training.own',
      call: (c, ids) =>
        c.myTraining.answerCheck({
          assignmentId: assignment(ids),
          moduleId: 'definitions-and-examples',
          checkId: 'x',
          optionIds: [],
          language: 'kk',
        }),
    },
    'myTraining.completeModule': {
      permission: 'training.own',
      call: (c, ids) =>
        c.myTraining.completeModule({ assignmentId: assignment(ids), moduleId: 'definitions-and-examples' }),
    },
    'myTraining.startAttempt': {
      permission: 'training.own',
      call: (c, ids) => c.myTraining.startAttempt({ assignmentId: assignment(ids), language: 'kk' }),
    },
    'myTraining.submitAttempt': {
      permission: 'training.own',
      call: (c, ids) =>
        c.myTraining.submitAttempt({ attemptId: ids.training?.attemptId ?? NO_ID, answers: [] }),
    },
    'training.settings': { permission: 'training.read', call: (c) => c.training.settings() },
    'training.saveSettings': {
      permission: 'training.manage',
      call: (c) => c.training.saveSettings({ quizGatedAck: false, onboardingDays: 90 }),
    },
    'training.assignments': { permission: 'training.read', call: (c) => c.training.assignments() },
    'training.createAssignment': {
      permission: 'training.manage',
      call: (c, ids) =>
        c.training.createAssignment({
          title: 'Onboarding',
          audience: { unitIds: [ids.unitId] },
          dueDate: '2031-01-31',
        }),
    },
    'training.closeAssignment': {
      permission: 'training.manage',
      call: (c, ids) => c.training.closeAssignment({ assignmentId: assignment(ids) }),
    },
    'training.tracking': {
      permission: 'training.read',
      call: (c, ids) => c.training.tracking({ assignmentId: assignment(ids), unitId: ids.unitId }),
    },
    'training.unitSummary': {
      permission: 'training.read',
      call: (c, ids) => c.training.unitSummary({ assignmentId: assignment(ids) }),
    },
    'training.quizStats': {
      permission: 'training.read',
      call: (c, ids) => c.training.quizStats({ assignmentId: assignment(ids) }),
    },
    'training.grantAttempt': {
      permission: 'training.manage',
      call: (c, ids) => c.training.grantAttempt({ assignmentId: assignment(ids), personId: ids.personId }),
    },
    'training.setManager': {
      permission: 'training.manage',
      call: (c, ids) => c.training.setManager({ personId: ids.personId, isManager: true }),
    },
    'training.content': { permission: 'training.read', call: (c) => c.training.content() },
    'training.addModule': {
      permission: 'training.manage',
      call: (c) => c.training.addModule({ title: localized('Our rules'), body: localized('Text') }),
    },
    'training.addQuestion': {
      permission: 'training.manage',
      call: (c) =>
        c.training.addQuestion({
          moduleId: 'definitions-and-examples',
          kind: 'single',
          prompt: localized('Who?'),
          options: [
            { text: localized('Yes'), correct: true },
            { text: localized('No'), correct: false },
          ],
          explanation: localized('Because'),
        }),
    },
    'training.archiveContent': {
      permission: 'training.manage',
      call: (c) => c.training.archiveContent({ kind: 'module', rowId: NO_ID }),
    },
    'training.publishCourse': { permission: 'training.manage', call: (c) => c.training.publishCourse() },
    'training.courseVersions': { permission: 'training.read', call: (c) => c.training.courseVersions() },
    'training.models': { permission: 'training.author', call: (c) => c.training.models() },
    'training.publishModel': {
      permission: 'training.author',
      call: (c) => c.training.publishModel({ changelog: 'Shipped course' }),
    },
    'trainingSessions.list': { permission: 'training.sessions', call: (c) => c.trainingSessions.list() },
    'trainingSessions.get': {
      permission: 'training.sessions',
      call: (c, ids) => c.trainingSessions.get({ id: session(ids) }),
    },
    'trainingSessions.create': {
      permission: 'training.sessions',
      call: (c) =>
        c.trainingSessions.create({
          heldOn: '2026-11-25',
          format: 'online',
          trainer: 'Trainer',
          language: 'ru',
        }),
    },
    'trainingSessions.recordAttendance': {
      permission: 'training.sessions',
      call: (c, ids) =>
        c.trainingSessions.recordAttendance({ sessionId: session(ids), personIds: [ids.personId] }),
    },
    'trainingSessions.recordForPartner': {
      permission: 'training.author',
      call: (c, ids) =>
        c.trainingSessions.recordForPartner({
          organizationId: ids.tenantId,
          session: { heldOn: '2026-11-26', format: 'in_person', trainer: 'Programme', language: 'ru' },
          list: 'N0',
        }),
    },
    'trainingSessions.importAttendance': {
      permission: 'training.sessions',
      call: (c, ids) => c.trainingSessions.importAttendance({ sessionId: session(ids), list: 'N0\nN1' }),
    },
  };
}
