// The same limits as the people and units tables, so a valid row never fails at insert time.
export const FIELD_LIMITS = {
  number: 50,
  fullName: 200,
  unit: 200,
  position: 200,
  email: 254,
} as const;

/** Length in characters as PostgreSQL counts them (code points, not UTF-16 units). */
export function exceedsLimit(text: string, limit: number): boolean {
  return text.length > limit && [...text].length > limit;
}
