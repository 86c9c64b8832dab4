import { type Audience, DomainError, notFound } from '@qorgau/core';
import { audienceRepository, type Executor, trainingAssignmentsRepository } from '@qorgau/db';
import { initialDueDate, refresherDueDate, refresherOpensOn } from '@qorgau/training';
import { type Actor, recordAudit } from '../audit.js';
import { currentCourseVersion } from './course-versions.js';
import { MODEL_COURSE_KEY } from './model.js';
import { trainingSettings } from './settings.js';

function isoDay(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 10);
}

type Assignment = NonNullable<Awaited<ReturnType<typeof trainingAssignmentsRepository.findAssignment>>>;

/** Everyone in the audience not yet enrolled gets cycle 1: onboarding window for joiners, the date otherwise. */
async function enrolAudience(
  tx: Executor,
  tenantId: string,
  assignment: Assignment,
  today: string,
  personId?: string,
) {
  const audience = assignment.audience as Audience;
  const people = await trainingAssignmentsRepository.unenrolledPeople(tx, assignment.id, audience, personId);
  return trainingAssignmentsRepository.insertEnrolments(
    tx,
    people.map((person) => ({
      tenantId,
      assignmentId: assignment.id,
      personId: person.id,
      cycle: 1,
      dueDate: initialDueDate({
        joinedOn: person.hiredOn,
        today,
        assignmentDueDate: assignment.dueDate,
        assignedOn: isoDay(assignment.createdAt),
        onboardingDays: assignment.onboardingDays,
      }),
    })),
  );
}

/** Completed cycles whose yearly refresher has come round open the next cycle, due on the anniversary. */
async function reopenRefreshers(tx: Executor, tenantId: string, today: string, personId?: string) {
  const candidates = await trainingAssignmentsRepository.refresherCandidates(tx, personId);
  const due = candidates.flatMap((row) => {
    if (!row.completedAt || row.refresherMonths === null) return [];
    const completedOn = isoDay(row.completedAt);
    if (refresherOpensOn(completedOn, row.refresherMonths, row.leadDays) > today) return [];
    return [
      {
        tenantId,
        assignmentId: row.assignmentId,
        personId: row.personId,
        cycle: row.cycle + 1,
        dueDate: refresherDueDate(completedOn, row.refresherMonths),
      },
    ];
  });
  return trainingAssignmentsRepository.insertEnrolments(tx, due);
}

/**
 * Brings the tenant's enrolments up to date with the directory and the calendar: joiners are
 * enrolled, refreshers reopen. Idempotent; run by the sweep and before a learner's own view.
 */
export async function syncEnrolments(tx: Executor, tenantId: string, today: string, personId?: string) {
  let enrolled = 0;
  for (const assignment of await trainingAssignmentsRepository.listAssignments(tx, { openOnly: true })) {
    enrolled += await enrolAudience(tx, tenantId, assignment, today, personId);
  }
  const reopened = await reopenRefreshers(tx, tenantId, today, personId);
  return { enrolled, reopened };
}

export async function createAssignment(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  now: Date,
  input: {
    title: string;
    audience: Audience;
    dueDate: string;
    onboardingDays?: number | undefined;
    refresher: boolean;
  },
) {
  const today = isoDay(now);
  if (input.dueDate < today) throw new DomainError('INVALID', 'training.dueDateInPast', 'dueDate');
  const unitIds = input.audience.unitIds ?? [];
  if (unitIds.length && (await audienceRepository.countUnits(tx, unitIds)) !== unitIds.length) {
    throw new DomainError('NOT_FOUND', 'unit.notFound', 'audience');
  }
  await currentCourseVersion(tx, tenantId);
  const id = await trainingAssignmentsRepository.insertAssignment(tx, {
    tenantId,
    courseKey: MODEL_COURSE_KEY,
    title: input.title,
    audience: input.audience,
    dueDate: input.dueDate,
    onboardingDays: input.onboardingDays ?? (await trainingSettings(tx)).onboardingDays,
    refresherMonths: input.refresher ? 12 : null,
    createdBy: actor.userId,
    createdAt: now,
  });
  const assignment = await trainingAssignmentsRepository.findAssignment(tx, id);
  if (!assignment) throw notFound('trainingAssignment');
  const enrolled = await enrolAudience(tx, tenantId, assignment, today);
  await recordAudit(
    tx,
    tenantId,
    actor,
    'training.assigned',
    { type: 'trainingAssignment', id },
    { enrolled },
  );
  return { id, enrolled };
}

export async function listAssignments(tx: Executor) {
  const rows = await trainingAssignmentsRepository.listAssignments(tx);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    audience: row.audience as Audience,
    dueDate: row.dueDate,
    onboardingDays: row.onboardingDays,
    refresher: row.refresherMonths !== null,
    createdAt: new Date(row.createdAt).toISOString(),
    closedAt: row.closedAt ? new Date(row.closedAt).toISOString() : null,
  }));
}

export async function closeAssignment(tx: Executor, tenantId: string, actor: Actor, id: string, now: Date) {
  if (!(await trainingAssignmentsRepository.findAssignment(tx, id))) throw notFound('trainingAssignment');
  if (!(await trainingAssignmentsRepository.closeAssignment(tx, id, now)))
    throw new DomainError('CONFLICT', 'training.alreadyClosed');
  await recordAudit(tx, tenantId, actor, 'training.assignmentClosed', { type: 'trainingAssignment', id });
  return { ok: true as const };
}
