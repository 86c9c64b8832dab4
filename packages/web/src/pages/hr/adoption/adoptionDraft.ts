import type { AdoptingBody, Language, Vote } from '@qorgau/core';
import type { FieldErrors } from '../../../lib/errors';

export const MEETING_FORMS = ['in_person', 'absentee'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export type MemberDraft = {
  key: number;
  fullName: string;
  position: string;
  attended: boolean;
  vote: Vote | null;
};

/** Everything the form holds besides the members; text stays as typed until checked. */
export type AdoptionDraft = {
  body: AdoptingBody;
  meetingForm: MeetingForm;
  meetingDate: string;
  place: string;
  minutesNumber: string;
  chairName: string;
  secretaryName: string;
  dissentingOpinions: string;
  effectiveDate: string;
  responsibleOfficer: string;
  familiarisationDeadline: string;
  extractLanguage: Language;
};

export type SetDraftField = <K extends keyof AdoptionDraft>(key: K, value: AdoptionDraft[K]) => void;

/** What each section of the form gets: ids derive from formId, errors are keyed by payload path. */
export type DraftSectionProps = {
  formId: string;
  draft: AdoptionDraft;
  setField: SetDraftField;
  errors: FieldErrors;
};

export function initialDraft(body: AdoptingBody, extractLanguage: Language): AdoptionDraft {
  return {
    body,
    meetingForm: 'in_person',
    meetingDate: '',
    place: '',
    minutesNumber: '',
    chairName: '',
    secretaryName: '',
    dissentingOpinions: '',
    effectiveDate: '',
    responsibleOfficer: '',
    familiarisationDeadline: '',
    extractLanguage,
  };
}

/** Fields the form shows next to their inputs; server errors about any other go to the form banner. */
export function shownFieldsOf(memberCount: number): string[] {
  const memberFields = Array.from({ length: memberCount }, (_unused, index) => [
    `members.${index}.fullName`,
    `members.${index}.position`,
    `members.${index}.vote`,
  ]).flat();
  return [
    'body',
    'meetingForm',
    'meetingDate',
    'place',
    'minutesNumber',
    'members',
    ...memberFields,
    'chairName',
    'secretaryName',
    'dissentingOpinions',
    'effectiveDate',
    'responsibleOfficer',
    'familiarisationDeadline',
    'extractLanguage',
  ];
}
