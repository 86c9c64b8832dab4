import { DomainError, type Language, notFound } from '@qorgau/core';
import {
  acknowledgementsRepository,
  organizationsRepository,
  policyRepository,
  usersRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { issueDocument } from '../documents/issue-document.js';
import { modelForVersion } from '../policy/model.js';

const SHEET_TITLE: Record<Language, string> = {
  kk: 'Қол қойғыза отырып таныстыру парағы',
  ru: 'Лист ознакомления',
  en: 'Acknowledgement sheet',
};

/**
 * The electronic "лист ознакомления": everyone who acknowledged the version, with time and language.
 * A snapshot: the same number of acknowledgements gives back the same signed document.
 */
export async function issueAcknowledgementSheet(
  deps: AppDeps,
  scope: { tenantId: string; userId: string },
  input: { versionId: string; language: Language },
) {
  const loaded = await withTenant(deps.db, scope, async (tx) => {
    const version = await policyRepository.findPolicyVersion(tx, input.versionId);
    if (!version) throw notFound('policyVersion');
    if (version.status !== 'published') throw new DomainError('CONFLICT', 'policy.notPublished', 'versionId');
    return {
      version,
      model: await modelForVersion(tx, version),
      organization: await organizationsRepository.currentOrganization(tx),
      entries: (await acknowledgementsRepository.acknowledgementsOfVersion(tx, input.versionId)).filter(
        (entry) => entry.decision === 'acknowledged',
      ),
      signer: await usersRepository.findUserById(tx, scope.userId),
    };
  });
  const { version, model, organization, entries, signer } = loaded;
  if (!organization || !signer) throw notFound('organization');
  const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
  const now = new Date();
  const outcome = await issueDocument(deps, {
    tenantId: scope.tenantId,
    kind: 'acknowledgement-sheet',
    language: input.language,
    title: SHEET_TITLE[input.language],
    subjectLabel: `${model.manifest.title[input.language]}, ${version.number}`,
    personId: null,
    batchId: null,
    idempotencyKey: `sheet:${input.versionId}:${input.language}:${entries.length}`,
    sample: false,
    issuedBy: scope.userId,
    buildRequest: (documentId, verifyUrl) => ({
      kind: 'acknowledgement-sheet',
      language: input.language,
      documentId,
      verifyUrl,
      organization: { name: names[input.language], bin: organization.bin, timeZone: 'Asia/Almaty' },
      data: {
        policy: { title: model.manifest.title[input.language], version: String(version.number) },
        entries: entries.map((entry) => ({
          fullName: entry.fullName,
          ...(entry.position ? { position: entry.position } : {}),
          ...(entry.unitName ? { department: entry.unitName } : {}),
          acknowledgedAt: new Date(entry.acknowledgedAt),
          language: entry.language,
          channel: 'web' as const,
        })),
        generatedAt: now,
        signature: { signerName: signer.full_name, signedAt: now },
      },
    }),
  });
  return { documentId: outcome.documentId, publicId: outcome.publicId, entries: entries.length };
}
