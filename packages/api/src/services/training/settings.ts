import { DomainError, notFound } from '@qorgau/core';
import { type Executor, trainingLearningRepository, trainingRepository } from '@qorgau/db';
import { ONBOARDING_DAYS } from '@qorgau/training';
import { type Actor, recordAudit } from '../audit.js';

export async function trainingSettings(tx: Executor) {
  const row = await trainingRepository.findSettings(tx);
  return { quizGatedAck: row?.quizGatedAck ?? false, onboardingDays: row?.onboardingDays ?? ONBOARDING_DAYS };
}

export async function saveTrainingSettings(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { quizGatedAck: boolean; onboardingDays: number },
) {
  await trainingRepository.saveSettings(tx, { tenantId, ...input, updatedBy: actor.userId });
  await recordAudit(tx, tenantId, actor, 'training.settingsChanged', undefined, input);
  return trainingSettings(tx);
}

export async function setManager(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  personId: string,
  isManager: boolean,
) {
  if (!(await trainingLearningRepository.setManager(tx, personId, isManager))) throw notFound('person');
  await recordAudit(
    tx,
    tenantId,
    actor,
    'person.managerFlagSet',
    { type: 'person', id: personId },
    { isManager },
  );
  return { ok: true as const };
}

/** After the limit was reached, HR may allow more attempts in the person's current cycle. */
export async function grantExtraAttempt(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: { assignmentId: string; personId: string },
) {
  const enrolment = await trainingLearningRepository.findEnrolment(tx, input);
  if (!enrolment) throw notFound('trainingEnrolment');
  if (enrolment.status !== 'pending') throw new DomainError('CONFLICT', 'training.notPending');
  const extraAttempts = enrolment.extraAttempts + 1;
  await trainingLearningRepository.updateProgress(
    tx,
    { ...input, cycle: enrolment.cycle },
    { extraAttempts },
  );
  await recordAudit(
    tx,
    tenantId,
    actor,
    'training.attemptGranted',
    { type: 'person', id: input.personId },
    {
      assignmentId: input.assignmentId,
    },
  );
  return { extraAttempts };
}
