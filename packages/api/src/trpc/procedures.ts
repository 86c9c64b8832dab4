import { DomainError, type Permission, type Role, roleMayDo } from '@qorgau/core';
import { type TenantTx, withSessionTenant } from '@qorgau/db';
import { TRPCError } from '@trpc/server';
import { enteredSessionUser, resolveSession, sessionEntry } from '../services/sessions.js';
import type { SessionUser } from './context.js';
import { toTRPCError } from './errors.js';
import { t } from './init.js';

export const router = t.router;

/** Maps domain and database errors once, for every procedure. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTRPCError(result.error);
    if (mapped) throw mapped;
  }
  return result;
});

const baseProcedure = t.procedure.use(mapErrors);

export const publicProcedure = baseProcedure.use(async ({ ctx, next }) =>
  next({ ctx: { ...ctx, session: await resolveSession(ctx.deps, ctx.sessionToken) } }),
);

export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'auth.required' });
  return next({ ctx: { ...ctx, session: ctx.session } });
});

export interface TenantContext {
  tenantId: string;
  userId: string;
  roles: Role[];
}

const ROLLBACK = Symbol('rollback');

/**
 * Opens the tenant transaction, whose first statement resolves the session and checks membership
 * and role inside it (so row-level security already applies), then runs the procedure in that same
 * transaction. A failed procedure rolls back.
 */
export function tenantProcedure(permission: Permission) {
  return baseProcedure.use(async ({ ctx, next }) => {
    const entry = sessionEntry(ctx.deps, ctx.sessionToken);
    if (!entry) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'auth.required' });
    const proceed = (session: SessionUser, tenant: TenantContext, tx: TenantTx) =>
      next({ ctx: { ...ctx, session, tenant, tx } });
    let outcome: Awaited<ReturnType<typeof proceed>> | undefined;
    try {
      await withSessionTenant(ctx.deps.db, entry, async (tx, entered) => {
        if (!entered) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'auth.required' });
        const session = enteredSessionUser(entered);
        if (!session.activeTenantId) throw new TRPCError({ code: 'FORBIDDEN', message: 'tenant.none' });
        const { roles } = entered;
        if (roles.length === 0) throw new DomainError('FORBIDDEN', 'tenant.notMember');
        if (!roleMayDo(roles, permission)) throw new DomainError('FORBIDDEN', 'permission.denied');
        const tenant: TenantContext = { tenantId: session.activeTenantId, userId: session.userId, roles };
        outcome = await proceed(session, tenant, tx);
        if (!outcome.ok) throw ROLLBACK;
      });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    if (!outcome) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
    return outcome;
  });
}
