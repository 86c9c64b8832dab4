import { type Audience, DomainError, notFound } from '@qorgau/core';
import { audienceRepository, type Executor, trainingAssignmentsRepository } from '@qorgau/db';
import { type Actor, recordAudit } from '../audit.js';
import { currentCourseVersion } from './course-versions.js';
import { audienceToEnrol, isoDay } from './enrolments.js';
import { MODEL_COURSE_KEY } from './model.js';
import { trainingSettings } from './settings.js';

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
  const enrolled = await trainingAssignmentsRepository.insertEnrolments(
    tx,
    await audienceToEnrol(tx, tenantId, assignment, today),
  );
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
