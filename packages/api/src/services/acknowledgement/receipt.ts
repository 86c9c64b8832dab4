import type { Language } from '@qorgau/core';
import {
  acknowledgementsRepository,
  organizationsRepository,
  peopleRepository,
  policyRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import type { AckReceiptJob } from '../../jobs/queue.js';
import { issueDocument } from '../documents/issue-document.js';
import { documentTitle } from '../documents/titles.js';
import { modelForVersion } from '../policy/model.js';

/** The person's signed receipt: version, the SHA-256 of the text they read, when, name and position. */
export async function issueAcknowledgementReceipt(deps: AppDeps, job: AckReceiptJob) {
  const scope = { tenantId: job.tenantId, userId: job.issuedBy };
  const loaded = await withTenant(deps.db, scope, async (tx) => {
    const ack = await acknowledgementsRepository.findAcknowledgement(tx, job.acknowledgementId);
    const person = ack ? await peopleRepository.findPerson(tx, ack.person_id) : undefined;
    const version = ack ? await policyRepository.findPolicyVersion(tx, ack.version_id) : undefined;
    const organization = await organizationsRepository.currentOrganization(tx);
    const model = version ? await modelForVersion(tx, version) : undefined;
    return { ack, person, version, organization, model };
  });
  const { ack, person, version, organization, model } = loaded;
  if (!ack || !person || !version || !organization || !model)
    throw new Error('acknowledgement no longer exists');
  const language = ack.language as Language;
  const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
  const employee = {
    fullName: person.fullName,
    ...(person.position ? { position: person.position } : {}),
    ...(person.unitName ? { department: person.unitName } : {}),
    ...(person.number ? { employeeNumber: person.number } : {}),
  };
  const outcome = await issueDocument(deps, {
    tenantId: job.tenantId,
    kind: 'acknowledgement-receipt',
    language,
    title: documentTitle('acknowledgement-receipt', language),
    subjectLabel: person.fullName,
    personId: person.id,
    batchId: null,
    idempotencyKey: `ack:${ack.id}`,
    sample: false,
    issuedBy: job.issuedBy,
    buildRequest: (documentId, verifyUrl) => ({
      kind: 'acknowledgement-receipt',
      language,
      documentId,
      verifyUrl,
      organization: { name: names[language], bin: organization.bin, timeZone: 'Asia/Almaty' },
      data: {
        employee,
        policy: {
          title: model.manifest.title[language],
          version: String(version.number),
          ...(version.publishedAt ? { publishedAt: new Date(version.publishedAt) } : {}),
        },
        acknowledgedAt: new Date(ack.created_at),
        acknowledgementLanguage: language,
        channel: 'web',
        policySha256: ack.version_sha256,
        signature: {
          signerName: person.fullName,
          ...(person.position ? { signerPosition: person.position } : {}),
          signedAt: new Date(ack.created_at),
        },
      },
    }),
  });
  await withTenant(deps.db, scope, (tx) =>
    acknowledgementsRepository.setReceipt(tx, ack.id, outcome.documentId),
  );
}
