import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '@qorgau/db';

/** A person with a login and an open session, so load can go through the real HTTP path. */
export interface SignedInMember {
  personId: string;
  userId: string;
  token: string;
  userName: string;
  personName: string;
  personEmail?: string;
}

/** Rows go in this many at a time: one statement per chunk keeps large fixtures quick. */
export const INSERT_CHUNK = 500;

/** A fresh company tenant; `binPrefix` keeps BINs of different benches apart. */
export async function insertBenchOrganization(owner: Db, binPrefix: string): Promise<string> {
  const tenantId = randomUUID();
  const bin = `${binPrefix}${String(Date.now()).slice(-10)}`.padEnd(11, '0');
  await owner
    .insertInto('organizations')
    .values({
      tenant_id: tenantId,
      kind: 'company',
      name_kk: 'Бенч',
      name_ru: 'Бенч',
      name_en: 'Bench',
      bin: `${bin}0`,
      default_language: 'ru',
    })
    .execute();
  return tenantId;
}

/** Users, Kazakh-speaking people, member roles and day-long sessions for one chunk of members. */
export async function insertSignedInMembers(owner: Db, tenantId: string, members: SignedInMember[]) {
  await owner
    .insertInto('users')
    .values(
      members.map((member) => ({
        id: member.userId,
        email: `${member.userId}@bench.kz`,
        full_name: member.userName,
        password_hash: null,
      })),
    )
    .execute();
  await owner
    .insertInto('people')
    .values(
      members.map((member) => ({
        tenant_id: tenantId,
        id: member.personId,
        full_name: member.personName,
        ...(member.personEmail === undefined ? {} : { email: member.personEmail }),
        language: 'kk' as const,
        user_id: member.userId,
      })),
    )
    .execute();
  await owner
    .insertInto('memberships')
    .values(
      members.map((member) => ({
        tenant_id: tenantId,
        user_id: member.userId,
        role: 'member' as const,
        person_id: member.personId,
      })),
    )
    .execute();
  await owner
    .insertInto('sessions')
    .values(
      members.map((member) => ({
        token_hash: createHash('sha256').update(member.token).digest(),
        user_id: member.userId,
        active_tenant_id: tenantId,
        expires_at: new Date(Date.now() + 86_400_000),
      })),
    )
    .execute();
}

/** Calls `insert` for consecutive slices of INSERT_CHUNK items. */
export async function inChunks<T>(items: T[], insert: (chunk: T[]) => Promise<void>) {
  for (let start = 0; start < items.length; start += INSERT_CHUNK) {
    await insert(items.slice(start, start + INSERT_CHUNK));
  }
}
