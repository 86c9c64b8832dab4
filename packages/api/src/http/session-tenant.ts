import { type Permission, type Role, roleMayDo } from '@qorgau/core';
import { type TenantTx, withSessionTenant } from '@qorgau/db';
import type { Request } from 'express';
import type { AppDeps } from '../deps.js';
import { enteredSessionUser, sessionEntry } from '../services/sessions.js';
import type { SessionUser } from '../trpc/context.js';
import { readSessionToken } from './cookies.js';

export type SessionTenantOutcome<T> = { status: 401 | 403 } | { status: 200; value: T };

/**
 * The tenantProcedure ladder for plain express routes (file uploads and downloads): session,
 * membership and the permission table, in that order, in the one tenant transaction.
 */
export async function inSessionTenant<T>(
  deps: AppDeps,
  req: Request,
  permission: Permission | ((roles: Role[]) => boolean),
  work: (tx: TenantTx, session: SessionUser & { activeTenantId: string }, roles: Role[]) => Promise<T>,
): Promise<SessionTenantOutcome<T>> {
  const entry = sessionEntry(deps, readSessionToken(req));
  if (!entry) return { status: 401 };
  return withSessionTenant(deps.db, entry, async (tx, entered) => {
    const session = entered ? enteredSessionUser(entered) : null;
    if (!entered || !session?.activeTenantId) return { status: 401 as const };
    const { roles } = entered;
    const allowed = typeof permission === 'function' ? permission(roles) : roleMayDo(roles, permission);
    if (roles.length === 0 || !allowed) return { status: 403 as const };
    const active = { ...session, activeTenantId: session.activeTenantId };
    return { status: 200 as const, value: await work(tx, active, roles) };
  });
}
