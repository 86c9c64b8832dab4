import { DomainError } from '@qorgau/core';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimits {
  /** Throws RATE_LIMITED when either the account or the address is over its budget. */
  assertSignInAllowed(account: string, ip: string): Promise<void>;
  recordSignInFailure(account: string, ip: string): Promise<void>;
  recordSignInSuccess(account: string): Promise<void>;
  consumeEmailRequest(account: string, ip: string): Promise<void>;
  /** Public verification: generous for people, a wall for scrapers enumerating identifiers. */
  consumeVerification(ip: string): Promise<void>;
}

export class RateLimitedError extends DomainError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super('RATE_LIMITED', 'auth.rateLimited');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

function retryAfter(result: RateLimiterRes | null): number {
  return Math.max(1, Math.ceil((result?.msBeforeNext ?? 60_000) / 1000));
}

async function consume(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(error));
    throw error;
  }
}

/**
 * In-process counters: right for a single instance. Several instances behind a balancer would swap
 * these for RateLimiterPostgres with the same budgets.
 */
export function createRateLimits(
  options: { accountFailures?: number; ipAttempts?: number; verificationsPerMinute?: number } = {},
): RateLimits {
  const accountFailures = new RateLimiterMemory({
    keyPrefix: 'account',
    points: options.accountFailures ?? 5,
    duration: 15 * 60,
  });
  const ipAttempts = new RateLimiterMemory({
    keyPrefix: 'ip',
    points: options.ipAttempts ?? 30,
    duration: 15 * 60,
  });
  const emailRequestsPerAccount = new RateLimiterMemory({
    keyPrefix: 'mail-account',
    points: 3,
    duration: 3600,
  });
  const emailRequestsPerIp = new RateLimiterMemory({ keyPrefix: 'mail-ip', points: 20, duration: 3600 });

  const verifications = new RateLimiterMemory({
    keyPrefix: 'verify',
    points: options.verificationsPerMinute ?? 60,
    duration: 60,
  });

  return {
    async consumeVerification(ip) {
      await consume(verifications, ip);
    },
    async assertSignInAllowed(account, ip) {
      for (const [limiter, key, budget] of [
        [accountFailures, account, accountFailures.points],
        [ipAttempts, ip, ipAttempts.points],
      ] as const) {
        const state = await limiter.get(key);
        if (state && state.consumedPoints >= budget) throw new RateLimitedError(retryAfter(state));
      }
    },
    async recordSignInFailure(account, ip) {
      await accountFailures.penalty(account, 1);
      await ipAttempts.penalty(ip, 1);
    },
    async recordSignInSuccess(account) {
      await accountFailures.delete(account);
    },
    async consumeEmailRequest(account, ip) {
      await consume(emailRequestsPerIp, ip);
      await consume(emailRequestsPerAccount, account);
    },
  };
}
