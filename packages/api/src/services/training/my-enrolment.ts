import { type Executor, trainingAssignmentsRepository, trainingLearningRepository } from '@qorgau/db';
import { type PlannedEnrolment, plannedEnrolments, syncEnrolments } from './enrolments.js';
import type { Enrolment } from './learner.js';

/** Why the shown cycle does not exist yet: starting the course opens it. */
export type PendingStart = 'enrolment' | 'refresher';

/** A cycle as it will read right after it is opened: pending, untouched, on no pinned version. */
async function unopenedEnrolment(tx: Executor, planned: PlannedEnrolment): Promise<Enrolment | undefined> {
  const assignment = await trainingAssignmentsRepository.findAssignment(tx, planned.assignmentId);
  if (!assignment) return undefined;
  return {
    assignmentId: planned.assignmentId,
    personId: planned.personId,
    cycle: planned.cycle,
    dueDate: planned.dueDate,
    status: 'pending',
    courseVersionId: null,
    modulesDone: [],
    resumeModule: null,
    startedAt: null,
    completedAt: null,
    completionId: null,
    extraAttempts: 0,
    title: assignment.title,
    courseKey: assignment.courseKey,
  };
}

/**
 * The cycle the learner's overview shows, without writing anything. A cycle that starting would
 * open comes first, as it would be the newest pending one; otherwise their latest enrolment.
 */
export async function enrolmentToShow(
  tx: Executor,
  tenantId: string,
  personId: string,
  today: string,
): Promise<{ enrolment: Enrolment; pendingStart: PendingStart | null } | null> {
  const plan = await plannedEnrolments(tx, tenantId, today, personId);
  const [joining] = plan.joining;
  const [refresher] = plan.refreshers;
  const planned = joining ?? refresher;
  const unopened = planned ? await unopenedEnrolment(tx, planned) : undefined;
  if (unopened) return { enrolment: unopened, pendingStart: joining ? 'enrolment' : 'refresher' };
  const [enrolment] = await trainingLearningRepository.enrolmentsOfPerson(tx, personId);
  return enrolment ? { enrolment, pendingStart: null } : null;
}

/** Opening the course: enrols the learner where they are due and reopens a refresher that has come round. */
export async function startMyTraining(tx: Executor, tenantId: string, userId: string, today: string) {
  const learner = await trainingLearningRepository.learnerByUser(tx, userId);
  if (learner?.status !== 'active') return { enrolled: 0, reopened: 0 };
  return syncEnrolments(tx, tenantId, today, learner.id);
}
