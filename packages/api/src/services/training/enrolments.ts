import type { Audience } from '@qorgau/core';
import { type Executor, trainingAssignmentsRepository } from '@qorgau/db';
import { initialDueDate, refresherDueDate, refresherOpensOn } from '@qorgau/training';

export function isoDay(date: Date | string): string {
  return new Date(date).toISOString().slice(0, 10);
}

type Assignment = NonNullable<Awaited<ReturnType<typeof trainingAssignmentsRepository.findAssignment>>>;

/** A cycle that bringing enrolments up to date would open; not written yet. */
export interface PlannedEnrolment {
  tenantId: string;
  assignmentId: string;
  personId: string;
  cycle: number;
  dueDate: string;
}

/** Everyone in the audience not yet enrolled gets cycle 1: onboarding window for joiners, the date otherwise. */
export async function audienceToEnrol(
  tx: Executor,
  tenantId: string,
  assignment: Assignment,
  today: string,
  personId?: string,
): Promise<PlannedEnrolment[]> {
  const audience = assignment.audience as Audience;
  const people = await trainingAssignmentsRepository.unenrolledPeople(tx, assignment.id, audience, personId);
  return people.map((person) => ({
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
  }));
}

/** Completed cycles whose yearly refresher has come round open the next cycle, due on the anniversary. */
async function refreshersToReopen(
  tx: Executor,
  tenantId: string,
  today: string,
  personId?: string,
): Promise<PlannedEnrolment[]> {
  const candidates = await trainingAssignmentsRepository.refresherCandidates(tx, personId);
  return candidates.flatMap((row) => {
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
}

/**
 * What bringing enrolments up to date would open: joiners' first cycles and refreshers that have
 * come round. Reads only, so a learner's overview can show it without writing behind a GET.
 */
export async function plannedEnrolments(tx: Executor, tenantId: string, today: string, personId?: string) {
  const joining: PlannedEnrolment[] = [];
  for (const assignment of await trainingAssignmentsRepository.listAssignments(tx, { openOnly: true })) {
    joining.push(...(await audienceToEnrol(tx, tenantId, assignment, today, personId)));
  }
  return { joining, refreshers: await refreshersToReopen(tx, tenantId, today, personId) };
}

/**
 * Brings the tenant's enrolments up to date with the directory and the calendar: joiners are
 * enrolled, refreshers reopen. Idempotent; run by the sweep and when a learner starts their course.
 */
export async function syncEnrolments(tx: Executor, tenantId: string, today: string, personId?: string) {
  const plan = await plannedEnrolments(tx, tenantId, today, personId);
  return {
    enrolled: await trainingAssignmentsRepository.insertEnrolments(tx, plan.joining),
    reopened: await trainingAssignmentsRepository.insertEnrolments(tx, plan.refreshers),
  };
}
