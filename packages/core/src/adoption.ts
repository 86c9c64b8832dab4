/**
 * Quorum and majority for the bodies that adopt the policy. Defaults follow common Kazakh corporate
 * and university practice (a board meets with more than half of its members; an academic council
 * with two thirds) and are marked for a lawyer's confirmation; an organisation's charter may be stricter.
 */
export const ADOPTING_BODIES = [
  'board_of_directors',
  'supervisory_board',
  'participants_meeting',
  'academic_council',
] as const;
export type AdoptingBody = (typeof ADOPTING_BODIES)[number];

export const VOTES = ['for', 'against', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

interface BodyRule {
  /** Share of all members who must attend; `strict` means more than, not at least. */
  quorum: { numerator: number; denominator: number; strict: boolean };
}

export const BODY_RULES: Record<AdoptingBody, BodyRule> = {
  board_of_directors: { quorum: { numerator: 1, denominator: 2, strict: true } },
  supervisory_board: { quorum: { numerator: 1, denominator: 2, strict: true } },
  participants_meeting: { quorum: { numerator: 1, denominator: 2, strict: true } },
  academic_council: { quorum: { numerator: 2, denominator: 3, strict: false } },
};

export interface MeetingMember {
  attended: boolean;
  vote: Vote | null;
}

export interface AdoptionTally {
  members: number;
  present: number;
  for: number;
  against: number;
  abstain: number;
  quorumRequired: number;
  quorumMet: boolean;
  majorityMet: boolean;
  /** A vote recorded for someone who did not attend is a data error, not a vote. */
  inconsistentVotes: number;
}

export function tallyAdoption(body: AdoptingBody, members: readonly MeetingMember[]): AdoptionTally {
  const { quorum } = BODY_RULES[body];
  const present = members.filter((member) => member.attended);
  const count = (vote: Vote) => present.filter((member) => member.vote === vote).length;
  const exact = (members.length * quorum.numerator) / quorum.denominator;
  const quorumRequired = quorum.strict ? Math.floor(exact) + 1 : Math.ceil(exact);
  const votesFor = count('for');
  return {
    members: members.length,
    present: present.length,
    for: votesFor,
    against: count('against'),
    abstain: count('abstain'),
    quorumRequired,
    quorumMet: members.length > 0 && present.length >= quorumRequired,
    // A simple majority of those present: abstentions count against adoption.
    majorityMet: votesFor * 2 > present.length,
    inconsistentVotes: members.filter((member) => !member.attended && member.vote !== null).length,
  };
}
