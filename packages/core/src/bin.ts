/**
 * Kazakhstan's 12-digit BIN and IIN share a check digit: a weighted sum mod 11 with a second set of
 * weights when the first yields 10. Catching typos here saves a support call later.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

function weightedMod11(digits: number[], weights: number[]): number {
  return digits.reduce((sum, digit, index) => sum + digit * (weights[index] ?? 0), 0) % 11;
}

export function binCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  let check = weightedMod11(digits, FIRST_WEIGHTS);
  if (check === 10) check = weightedMod11(digits, SECOND_WEIGHTS);
  return check === 10 ? null : check;
}

export function isValidBin(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  return binCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
