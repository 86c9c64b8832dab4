const DAY_MS = 24 * 60 * 60 * 1000;

export const ONBOARDING_DAYS = 90;
export const REFRESHER_MONTHS = 12;

function parse(date: string): Date {
  return new Date(`${date.slice(0, 10)}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return iso(new Date(parse(date).getTime() + days * DAY_MS));
}

/** Calendar months; the 29th of February and the 31st fall back to the month's last day. */
export function addMonths(date: string, months: number): string {
  const start = parse(date);
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  return iso(target);
}

/** Onboarding: the course is due within `days` (90 by the standard) of the person's first day. */
export function onboardingDueDate(joinedOn: string, days = ONBOARDING_DAYS): string {
  return addDays(joinedOn, days);
}

/**
 * The due date a person gets when an assignment reaches them: a recent joiner has their onboarding
 * window; everyone else the assignment's date. A joiner without a recorded start counts from today.
 */
export function initialDueDate(input: {
  joinedOn: string | null;
  today: string;
  assignmentDueDate: string;
  assignedOn: string;
  onboardingDays?: number;
}): string {
  const days = input.onboardingDays ?? ONBOARDING_DAYS;
  const joinedAfterAssignment = input.joinedOn !== null && input.joinedOn > input.assignedOn;
  if (joinedAfterAssignment && input.joinedOn) return onboardingDueDate(input.joinedOn, days);
  if (input.joinedOn === null && input.today > input.assignedOn) return onboardingDueDate(input.today, days);
  return input.assignmentDueDate;
}

/** The yearly refresher is due a year (by default) after the last completion. */
export function refresherDueDate(completedOn: string, months = REFRESHER_MONTHS): string {
  return addMonths(completedOn, months);
}

/** The refresher reopens `leadDays` before it is due, so people have time to take it. */
export function refresherOpensOn(completedOn: string, months = REFRESHER_MONTHS, leadDays = 30): string {
  return addDays(refresherDueDate(completedOn, months), -leadDays);
}
