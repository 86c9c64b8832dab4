import { recordAdoptionInput, tallyAdoption } from '@qorgau/core';
import type { FieldErrors } from '../../../lib/errors';
import { blankToUndefined, validate } from '../../../lib/validate';
import type { AdoptionDraft, MemberDraft } from './adoptionDraft';
import type { RecordAdoptionPayload } from './types';

export type AdoptionCheck = { data: RecordAdoptionPayload | null; problems: FieldErrors };

/** The same schema and tally rules as the server, plus the date order it checks. */
export function checkAdoption(
  versionId: string,
  draft: AdoptionDraft,
  members: MemberDraft[],
): AdoptionCheck {
  const { meetingDate, effectiveDate, familiarisationDeadline } = draft;
  const payload = {
    versionId,
    body: draft.body,
    meetingForm: draft.meetingForm,
    meetingDate,
    place: draft.place,
    minutesNumber: draft.minutesNumber,
    // An absent member has no vote; the select is disabled, this keeps the data consistent too.
    members: members.map((member) => ({
      fullName: member.fullName,
      position: blankToUndefined(member.position),
      attended: member.attended,
      vote: member.attended ? member.vote : null,
    })),
    chairName: draft.chairName,
    secretaryName: draft.secretaryName,
    dissentingOpinions: blankToUndefined(draft.dissentingOpinions),
    effectiveDate,
    responsibleOfficer: draft.responsibleOfficer,
    familiarisationDeadline,
    extractLanguage: draft.extractLanguage,
  };
  const result = validate(recordAdoptionInput, payload);
  const problems: FieldErrors = result.ok ? {} : { ...result.errors };
  if (!problems.members) {
    const tally = tallyAdoption(draft.body, payload.members);
    if (!tally.quorumMet) problems.members = 'adoption.noQuorum';
    else if (!tally.majorityMet) problems.members = 'adoption.noMajority';
  }
  if (meetingDate && effectiveDate && !problems.effectiveDate && effectiveDate < meetingDate)
    problems.effectiveDate = 'adoption.effectiveBeforeMeeting';
  if (
    meetingDate &&
    familiarisationDeadline &&
    !problems.familiarisationDeadline &&
    familiarisationDeadline < meetingDate
  )
    problems.familiarisationDeadline = 'adoption.deadlineBeforeMeeting';
  return { data: result.ok && Object.keys(problems).length === 0 ? result.data : null, problems };
}
