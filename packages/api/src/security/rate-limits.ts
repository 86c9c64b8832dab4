import { createHash } from 'node:crypto';
import { DomainError } from '@qorgau/core';
import type { createPool } from '@qorgau/db';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';

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

/** Counters are kept under a digest: the store holds no email address or IP address. */
function keyOf(value: string): string {
  return createHash('sha256').update(value.trim().toLowerCase()).digest('base64url').slice(0, 32);
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(keyOf(key));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitedError(retryAfter(error));
    throw error;
  }
}

export interface RateLimitOptions {
  accountFailures?: number;
  ipAttempts?: number;
  verificationsPerMinute?: number;
  /**
   * Keeps the counters in PostgreSQL (table rate_limit_points), so every app instance behind a
   * balancer counts against the same budget. Without it they live in this process.
   */
  store?: Pool;
}

type Pool = ReturnType<typeof createPool>;

type Budget = { keyPrefix: string; points: number; duration: number };

function limiterFor(store: Pool | undefined, budget: Budget): RateLimiterAbstract {
  if (!store) return new RateLimiterMemory(budget);
  return new RateLimiterPostgres({
    ...budget,
    storeClient: store,
    tableName: 'rate_limit_points',
    // Created by migration 20261128240000, with grants for the application role only.
    tableCreated: true,
    clearExpiredByTimeout: true,
  });
}

export function createRateLimits(options: RateLimitOptions = {}): RateLimits {
  const limiter = (budget: Budget) => limiterFor(options.store, budget);
  const accountFailures = limiter({
    keyPrefix: 'account',
    points: options.accountFailures ?? 5,
    duration: 15 * 60,
  });
  const ipAttempts = limiter({ keyPrefix: 'ip', points: options.ipAttempts ?? 30, duration: 15 * 60 });
  const emailRequestsPerAccount = limiter({ keyPrefix: 'mail-account', points: 3, duration: 3600 });
  const emailRequestsPerIp = limiter({ keyPrefix: 'mail-ip', points: 20, duration: 3600 });
  const verifications = limiter({
    keyPrefix: 'verify',
    points: options.verificationsPerMinute ?? 60,
    duration: 60,
  });

  return {
    async consumeVerification(ip) {
      await consume(verifications, ip);
    },
    async assertSignInAllowed(account, ip) {
      for (const [counter, key, budget] of [
        [accountFailures, account, accountFailures.points],
        [ipAttempts, ip, ipAttempts.points],
      ] as const) {
        const state = await counter.get(keyOf(key));
        if (state && state.consumedPoints >= budget) throw new RateLimitedError(retryAfter(state));
      }
    },
    async recordSignInFailure(account, ip) {
      await accountFailures.penalty(keyOf(account), 1);
      await ipAttempts.penalty(keyOf(ip), 1);
    },
    async recordSignInSuccess(account) {
      await accountFailures.delete(keyOf(account));
    },
    async consumeEmailRequest(account, ip) {
      await consume(emailRequestsPerIp, ip);
      await consume(emailRequestsPerAccount, account);
    },
  };
}
