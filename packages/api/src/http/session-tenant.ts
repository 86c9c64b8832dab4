import { type Permission, type Role, roleMayDo } from '@qorgau/core';
import { type TenantTx, withTenantMember } from '@qorgau/db';
import type { Request } from 'express';
import type { AppDeps } from '../deps.js';
import { resolveSession } from '../services/sessions.js';
import type { SessionUser } from '../trpc/context.js';
import { readSessionToken } from './cookies.js';

export type SessionTenantOutcome<T> = { status: 401 | 403 } | { status: 200; value: T };

/**
 * The tenantProcedure ladder for plain express routes (file uploads and downloads): session,
 * one tenant transaction, membership and the permission table, in that order.
 */
export async function inSessionTenant<T>(
  deps: AppDeps,
  req: Request,
  permission: Permission | ((roles: Role[]) => boolean),
  work: (tx: TenantTx, session: SessionUser & { activeTenantId: string }, roles: Role[]) => Promise<T>,
): Promise<SessionTenantOutcome<T>> {
  const session = await resolveSession(deps, readSessionToken(req));
  if (!session?.activeTenantId) return { status: 401 };
  const active = { ...session, activeTenantId: session.activeTenantId };
  const scope = { tenantId: active.activeTenantId, userId: session.userId };
  return withTenantMember(deps.db, scope, async (tx, roles) => {
    const allowed = typeof permission === 'function' ? permission(roles) : roleMayDo(roles, permission);
    if (roles.length === 0 || !allowed) return { status: 403 as const };
    return { status: 200 as const, value: await work(tx, active, roles) };
  });
}
