/**
 * Calendar dates ("2026-12-31": due dates, meeting dates) carry no time zone. `new Date("2026-12-31")`
 * would read them as UTC midnight, which west of Greenwich is the evening before; these helpers keep
 * them on the day they name.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as local midnight, in the ISO form the formatters accept; other values pass through. */
export function localDate(isoDate: string | null | undefined): string | null {
  if (!isoDate) return null;
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  return `${match[1]}-${match[2]}-${match[3]}T00:00:00`;
}

/** Today on this device's calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** YYYY-MM-DD a number of days from today. */
export function daysFromToday(days: number, now = new Date()): string {
  const later = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return todayIso(later);
}

/** True when a due date is already behind us (the due day itself still counts as on time). */
export function isPastDue(isoDate: string | null | undefined, now = new Date()): boolean {
  return Boolean(isoDate) && (isoDate as string) < todayIso(now);
}
