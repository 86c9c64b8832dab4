import { monitoringRepository } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';

/** The monitoring upkeep runs this often; the trend keeps one row per day, refreshed each run. */
export const MONITORING_UPKEEP_SECONDS = 15 * 60;

/**
 * Moves every campaign's overdue basis to today and records today's programme totals and each
 * partner's counts. No step returns any tenant's rows, so it runs without a tenant; running it
 * twice is harmless.
 */
export async function runMonitoringUpkeep(deps: AppDeps): Promise<number> {
  return monitoringRepository.rollDay(deps.db);
}

export function startMonitoringUpkeep(
  deps: AppDeps,
  everySeconds = MONITORING_UPKEEP_SECONDS,
): NodeJS.Timeout {
  const run = () =>
    runMonitoringUpkeep(deps).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'monitoring upkeep failed'),
    );
  void run();
  const timer = setInterval(run, everySeconds * 1000);
  timer.unref();
  return timer;
}
