import type { Language } from '@qorgau/core';
import {
  organizationsRepository,
  trainingAttemptsRepository,
  trainingLearningRepository,
  withTenant,
} from '@qorgau/db';
import { refresherDueDate } from '@qorgau/training';
import type { AppDeps } from '../../deps.js';
import type { TrainingCertificateJob } from '../../jobs/queue.js';
import { issueDocument } from '../documents/issue-document.js';
import { documentTitle } from '../documents/titles.js';
import { courseFromStored } from './model.js';

/** The self-paced course counts as this many hours on the certificate. */
const ONLINE_COURSE_HOURS = 2;

export function certificateNumber(completionId: string, completedAt: Date): string {
  return `TR-${completedAt.getUTCFullYear()}-${completionId.replaceAll('-', '').slice(0, 10).toUpperCase()}`;
}

/**
 * The learner's signed certificate, issued once per completion (the idempotency key is the
 * completion), verifiable at /verify like every other document.
 */
export async function issueTrainingCertificate(deps: AppDeps, job: TrainingCertificateJob) {
  const scope = { tenantId: job.tenantId, userId: job.issuedBy };
  const loaded = await withTenant(deps.db, scope, async (tx) => {
    const completion = await trainingAttemptsRepository.findCompletion(tx, job.completionId);
    const person = completion
      ? await trainingLearningRepository.learnerById(tx, completion.personId)
      : undefined;
    const organization = await organizationsRepository.currentOrganization(tx);
    return { completion, person, organization };
  });
  const { completion, person, organization } = loaded;
  if (!completion || !person || !organization) throw new Error('training completion no longer exists');
  const language = completion.language as Language;
  const course = courseFromStored(`completion-version:${completion.id}`, completion.content);
  const completedAt = new Date(completion.completedAt);
  const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
  const format = completion.source === 'session' ? (completion.sessionFormat ?? 'in_person') : 'online';
  const hours = completion.sessionHours ? Number(completion.sessionHours) : ONLINE_COURSE_HOURS;
  const topics = course.modules
    .filter((module) => module.audience === 'everyone' || person.isManager)
    .slice(0, 12)
    .map((module) => module.title[language].slice(0, 300));
  const outcome = await issueDocument(deps, {
    tenantId: job.tenantId,
    kind: 'training-certificate',
    language,
    title: documentTitle('training-certificate', language),
    subjectLabel: person.fullName,
    personId: person.id,
    batchId: null,
    idempotencyKey: `training:${completion.id}`,
    sample: false,
    issuedBy: job.issuedBy,
    buildRequest: (documentId, verifyUrl) => ({
      kind: 'training-certificate',
      language,
      documentId,
      verifyUrl,
      organization: { name: names[language], bin: organization.bin, timeZone: 'Asia/Almaty' },
      data: {
        participant: {
          fullName: person.fullName,
          ...(person.position ? { position: person.position } : {}),
          ...(person.unitName ? { department: person.unitName } : {}),
        },
        course: {
          title: `${course.title[language]} (v${completion.versionNumber})`.slice(0, 300),
          hours,
          format,
          provider: completion.trainer ?? names[language],
        },
        certificateNumber: certificateNumber(completion.id, completedAt),
        completedAt,
        ...(completion.scorePercent !== null ? { scorePercent: completion.scorePercent } : {}),
        validUntil: refresherDueDate(completedAt.toISOString().slice(0, 10)),
        topics,
        signature: { signerName: names[language], signedAt: completedAt },
      },
    }),
  });
  await withTenant(deps.db, scope, (tx) =>
    trainingAttemptsRepository.setCertificate(tx, completion.id, outcome.documentId),
  );
}
