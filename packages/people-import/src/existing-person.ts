import type { PERSON_STATUSES } from '@qorgau/core';
import type { Language, PersonKind } from './types.js';

export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** A person already in the organisation, as the caller loads it from the database. */
export interface ExistingPerson {
  id: string;
  number: string | null;
  email: string | null;
  fullName: string;
  unitName: string | null;
  position: string | null;
  /** `YYYY-MM-DD`. */
  hiredOn: string | null;
  language: Language;
  kind: PersonKind;
  status: PersonStatus;
}

export type PersonChanges = Partial<
  Pick<
    ExistingPerson,
    'number' | 'email' | 'fullName' | 'unitName' | 'position' | 'hiredOn' | 'language' | 'kind' | 'status'
  >
>;
