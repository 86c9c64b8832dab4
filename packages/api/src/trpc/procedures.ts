import { DomainError, type Permission, type Role, roleMayDo } from '@qorgau/core';
import { type TenantTx, withTenantMember } from '@qorgau/db';
import { TRPCError } from '@trpc/server';
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

export const publicProcedure = t.procedure.use(mapErrors);

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
 * Opens the tenant transaction, verifies membership and role inside it (so row-level security
 * already applies), then runs the procedure in that same transaction. A failed procedure rolls back.
 */
export function tenantProcedure(permission: Permission) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const { session } = ctx;
    if (!session.activeTenantId) throw new TRPCError({ code: 'FORBIDDEN', message: 'tenant.none' });
    const scope = { tenantId: session.activeTenantId, userId: session.userId };
    const proceed = (tenant: TenantContext, tx: TenantTx) => next({ ctx: { ...ctx, tenant, tx } });
    let outcome: Awaited<ReturnType<typeof proceed>> | undefined;
    try {
      await withTenantMember(ctx.deps.db, scope, async (tx: TenantTx, roles: Role[]) => {
        if (roles.length === 0) throw new DomainError('FORBIDDEN', 'tenant.notMember');
        if (!roleMayDo(roles, permission)) throw new DomainError('FORBIDDEN', 'permission.denied');
        const tenant: TenantContext = { ...scope, roles };
        outcome = await proceed(tenant, tx);
        if (!outcome.ok) throw ROLLBACK;
      });
    } catch (error) {
      if (error !== ROLLBACK) throw error;
    }
    if (!outcome) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
    return outcome;
  });
}
