import { notFound } from '@qorgau/core';
import { type Executor, organizationsRepository, peopleRepository } from '@qorgau/db';

/** The staff member's landing page; policy and training issues fill the empty slots. */
export async function homeSummary(tx: Executor, userId: string) {
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization) throw notFound('organization');
  const person = await peopleRepository.findPersonByUser(tx, userId);
  return {
    organizationNames: { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en },
    person: person
      ? { fullName: person.fullName, position: person.position, unitName: person.unitName }
      : null,
    policy: null,
    trainings: [] as never[],
  };
}
