import { notFound } from '@qorgau/core';
import { adoptionsRepository, type Executor, organizationsRepository, peopleRepository } from '@qorgau/db';

/** The staff member's landing page; the training issue fills the trainings slot. */
export async function homeSummary(tx: Executor, userId: string) {
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization) throw notFound('organization');
  const person = await peopleRepository.findPersonByUser(tx, userId);
  const policy = await adoptionsRepository.currentPolicySummary(tx);
  return {
    organizationNames: { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en },
    person: person
      ? { fullName: person.fullName, position: person.position, unitName: person.unitName }
      : null,
    policy: policy
      ? {
          versionId: policy.id,
          number: policy.number,
          status: policy.status,
          effectiveDate: policy.effectiveDate,
          publishedAt: policy.publishedAt ? new Date(policy.publishedAt).toISOString() : null,
        }
      : null,
    trainings: [] as never[],
  };
}
