import type { AdoptingBody, Language } from '@qorgau/core';
import { adoptionsRepository, organizationsRepository, policyRepository, withTenant } from '@qorgau/db';
import { buildVerifyUrl, type RenderRequest } from '@qorgau/pdf';
import type { AppDeps } from '../../deps.js';
import type { AdoptionExtractJob } from '../../jobs/queue.js';
import { issueDocument } from '../documents/issue-document.js';
import { modelForVersion } from '../policy/model.js';
import {
  agendaItem,
  BODY_NAMES,
  EXTRACT_TITLE,
  memberRole,
  resolutions,
  secretaryTitle,
} from './extract-text.js';

interface StoredMember {
  fullName: string;
  position?: string | null;
  attended: boolean;
  vote: 'for' | 'against' | 'abstain' | null;
}

/** Issues the signed extract once per adoption (idempotency key), or records why it could not. */
export async function issueAdoptionExtract(deps: AppDeps, job: AdoptionExtractJob, lastAttempt: boolean) {
  const scope = { tenantId: job.tenantId, userId: job.issuedBy };
  try {
    const loaded = await withTenant(deps.db, scope, async (tx) => {
      const adoption = await adoptionsRepository.findAdoption(tx, job.adoptionId);
      const version = adoption
        ? await policyRepository.findPolicyVersion(tx, adoption.version_id)
        : undefined;
      const organization = await organizationsRepository.currentOrganization(tx);
      const model = version ? await modelForVersion(tx, version) : undefined;
      return { adoption, version, organization, model };
    });
    const { adoption, version, organization, model } = loaded;
    if (!adoption || !version || !organization || !model) throw new Error('adoption no longer exists');
    const language = adoption.extract_language as Language;
    const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
    const members = adoption.members as StoredMember[];
    const policyTitle = model.manifest.title[language];
    const outcome = await issueDocument(deps, {
      tenantId: job.tenantId,
      kind: 'board-extract',
      language,
      title: EXTRACT_TITLE[language],
      subjectLabel: `${BODY_NAMES[adoption.body as AdoptingBody][language]}, № ${adoption.minutes_number}`,
      personId: null,
      batchId: null,
      idempotencyKey: `adoption:${adoption.id}`,
      sample: false,
      issuedBy: job.issuedBy,
      buildRequest: (documentId, verifyUrl): RenderRequest => ({
        kind: 'board-extract',
        language,
        documentId,
        verifyUrl: verifyUrl || buildVerifyUrl(deps.config.publicUrl, documentId),
        organization: { name: names[language], bin: organization.bin, timeZone: 'Asia/Almaty' },
        data: {
          body: BODY_NAMES[adoption.body as AdoptingBody][language],
          meeting: {
            number: adoption.minutes_number,
            date: adoption.meeting_date,
            location: adoption.place,
            form: adoption.meeting_form,
          },
          attendees: members
            .filter((member) => member.attended)
            .map((member) => ({ fullName: member.fullName, role: memberRole(language, member.position) })),
          quorumPresent: true,
          agendaItem: agendaItem(language, policyTitle, version.number),
          resolutions: resolutions(language, {
            number: version.number,
            sha256: adoption.version_sha256,
            effectiveDate: adoption.effective_date,
            officer: adoption.responsible_officer,
            deadline: adoption.familiarisation_deadline,
          }),
          votes: {
            for: adoption.votes_for,
            against: adoption.votes_against,
            abstained: adoption.votes_abstain,
          },
          policy: { title: policyTitle, version: String(version.number) },
          chair: { fullName: adoption.chair_name },
          secretary: { fullName: adoption.secretary_name },
          signature: {
            signerName: adoption.secretary_name,
            signerPosition: secretaryTitle(language),
            signedAt: new Date(),
          },
        },
      }),
    });
    await withTenant(deps.db, scope, (tx) =>
      adoptionsRepository.setAdoptionExtract(tx, job.adoptionId, { documentId: outcome.documentId }),
    );
  } catch (error) {
    if (lastAttempt) {
      const reason = error instanceof Error ? error.message : String(error);
      await withTenant(deps.db, scope, (tx) =>
        adoptionsRepository.setAdoptionExtract(tx, job.adoptionId, { error: reason }),
      );
    }
    throw error;
  }
}
