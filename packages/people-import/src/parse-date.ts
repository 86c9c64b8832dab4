export type DateResult = { iso: string } | 'invalid' | null;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
// Kazakhstan writes day first; 1C adds " 0:00:00" when a date column is exported as date-time.
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const MIN_YEAR = 1900;

function calendarDate(year: number, month: number, day: number): DateResult {
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) return 'invalid';
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return 'invalid';
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** ISO `YYYY-MM-DD` for a real calendar date, `null` for an empty cell, `'invalid'` otherwise. */
export function parseDate(text: string): DateResult {
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return calendarDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return 'invalid';
}
