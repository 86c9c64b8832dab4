export interface AttemptState {
  /** Submitted attempts in this cycle. */
  used: number;
  maxAttempts: number;
  /** Granted by HR after the limit was reached. */
  extraGranted: number;
  passed: boolean;
}

export type AttemptRefusal = 'alreadyPassed' | 'attemptsExhausted';

export function attemptsLeft(state: AttemptState): number {
  return Math.max(0, state.maxAttempts + state.extraGranted - state.used);
}

/** Null when a new attempt may start; otherwise why not. */
export function refuseNewAttempt(state: AttemptState): AttemptRefusal | null {
  if (state.passed) return 'alreadyPassed';
  if (attemptsLeft(state) === 0) return 'attemptsExhausted';
  return null;
}
