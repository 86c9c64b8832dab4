const DAY_MS = 24 * 60 * 60 * 1000;

export interface Cadence {
  dueDate: string;
  daysBefore: number[];
  remindOnDue: boolean;
  everyDays: number;
}

function addDays(date: string, days: number): string {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The reminder slot that is due today, or null. Only the latest past slot counts, so a server that
 * was down for a week sends one reminder when it returns, not a burst of seven.
 */
export function dueReminderSlot(cadence: Cadence, today: string, alreadySent: number): string | null {
  if (alreadySent === 0) return 'invite';
  const slots: { slot: string; date: string }[] = [];
  for (const days of [...cadence.daysBefore].sort((a, b) => b - a)) {
    slots.push({ slot: `before:${days}`, date: addDays(cadence.dueDate, -days) });
  }
  if (cadence.remindOnDue) slots.push({ slot: 'due', date: cadence.dueDate });
  if (today > cadence.dueDate) {
    const overdueDays = Math.floor(
      (new Date(today).getTime() - new Date(cadence.dueDate).getTime()) / DAY_MS,
    );
    const round = Math.floor(overdueDays / cadence.everyDays);
    if (round >= 1)
      slots.push({ slot: `after:${round}`, date: addDays(cadence.dueDate, round * cadence.everyDays) });
  }
  const past = slots.filter((candidate) => candidate.date <= today);
  return past.at(-1)?.slot ?? null;
}
