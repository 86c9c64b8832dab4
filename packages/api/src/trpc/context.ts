import type { Language } from '@qorgau/core';
import type { AppDeps } from '../deps.js';

/** Where a request came from: recorded with every audit entry. */
export interface RequestOrigin {
  requestId: string;
  ip: string;
  userAgent: string | null;
}

export interface SessionUser {
  sessionId: string;
  userId: string;
  email: string;
  fullName: string;
  language: Language;
  activeTenantId: string | null;
}

/** Cookie writes go through this so procedures stay transport-agnostic. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  deps: AppDeps;
  origin: RequestOrigin;
  /** The session cookie as sent; procedures resolve it (tenant ones inside their transaction). */
  sessionToken: string | undefined;
  cookies: SessionCookieJar;
}
