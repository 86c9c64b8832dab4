import type { HttpClient } from './http-client.js';
import { FILLED_VALUES } from './policy-values.js';

/** Drives a version through draft, submission, approval and adoption over HTTP; returns its id. */
export async function adoptPolicyVersion(
  hr: HttpClient,
  staff: HttpClient,
  organizationId: string,
): Promise<string> {
  const draft = await hr.mutation<{ id: string; customization: object }>('policy.startDraft', undefined);
  const saved = await hr.mutation<{ revision: number }>('policy.saveDraft', {
    id: draft.id,
    revision: 1,
    customization: { ...draft.customization, values: FILLED_VALUES },
    authoritativeLanguage: 'ru',
  });
  await hr.mutation('policy.submit', { id: draft.id, revision: saved.revision });
  await staff.mutation('review.decide', { organizationId, versionId: draft.id, decision: 'approve' });
  await hr.mutation('adoption.record', {
    versionId: draft.id,
    body: 'board_of_directors',
    meetingForm: 'in_person',
    meetingDate: '2026-11-20',
    place: 'Алматы',
    minutesNumber: '3',
    members: [
      { fullName: 'Әлия Нұрланқызы', attended: true, vote: 'for' },
      { fullName: 'Борис Ким', attended: true, vote: 'for' },
      { fullName: 'Ғалым Төлеуов', attended: false, vote: null },
    ],
    chairName: 'Әлия Нұрланқызы',
    secretaryName: 'Борис Ким',
    effectiveDate: '2026-12-01',
    responsibleOfficer: 'HR',
    familiarisationDeadline: '2026-12-31',
    extractLanguage: 'ru',
  });
  return draft.id;
}
