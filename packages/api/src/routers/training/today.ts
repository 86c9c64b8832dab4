import type { AppDeps } from '../../deps.js';

/** The calendar day on the injected clock, so tests can move time. */
export function today(ctx: { deps: AppDeps }): string {
  return ctx.deps.clock().toISOString().slice(0, 10);
}
