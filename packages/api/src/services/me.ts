import { type Language, type Permission, permissionsOf, type Role } from '@qorgau/core';
import { type Executor, membershipsRepository } from '@qorgau/db';

export interface LocalizedNames {
  kk: string;
  ru: string;
  en: string;
}

export interface MembershipSummary {
  organizationId: string;
  kind: 'ngo' | 'company' | 'university';
  names: LocalizedNames;
  roles: Role[];
}

export interface Me {
  user: { id: string; email: string; fullName: string; language: Language };
  organization: { id: string; kind: MembershipSummary['kind']; names: LocalizedNames } | null;
  roles: Role[];
  permissions: Permission[];
  memberships: MembershipSummary[];
}

export async function listMemberships(db: Executor, userId: string): Promise<MembershipSummary[]> {
  const rows = await membershipsRepository.listUserMemberships(db, userId);
  const byTenant = new Map<string, MembershipSummary>();
  for (const row of rows) {
    const existing = byTenant.get(row.tenant_id);
    if (existing) {
      existing.roles.push(row.role);
      continue;
    }
    byTenant.set(row.tenant_id, {
      organizationId: row.tenant_id,
      kind: row.kind,
      names: { kk: row.name_kk, ru: row.name_ru, en: row.name_en },
      roles: [row.role],
    });
  }
  return [...byTenant.values()];
}

export async function describeMe(db: Executor, user: Me['user'], activeTenantId: string | null): Promise<Me> {
  const memberships = await listMemberships(db, user.id);
  const active = memberships.find((membership) => membership.organizationId === activeTenantId) ?? null;
  const roles = active?.roles ?? [];
  return {
    user,
    organization: active ? { id: active.organizationId, kind: active.kind, names: active.names } : null,
    roles,
    permissions: permissionsOf(roles),
    memberships,
  };
}
