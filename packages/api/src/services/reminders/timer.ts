import type { AppDeps } from '../../deps.js';
import { sweepTraining } from '../training/reminders.js';
import { sweepReminders } from './sweep.js';

/**
 * Looks for due reminders on a fixed interval. Several processes may run it at once: each reminder
 * is claimed by a unique row, so the worst case is wasted work, never a duplicate email.
 */
export function startReminderSweeps(deps: AppDeps, everySeconds: number): NodeJS.Timeout {
  const timer = setInterval(() => {
    const today = deps.clock().toISOString().slice(0, 10);
    sweepReminders(deps, today).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'reminder sweep failed'),
    );
    sweepTraining(deps, today).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'training sweep failed'),
    );
  }, everySeconds * 1000);
  timer.unref();
  return timer;
}
