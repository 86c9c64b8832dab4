import type { Executor } from './executor.js';

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function insertUser(
  db: Executor,
  user: { email: string; fullName: string; passwordHash: string; language: 'kk' | 'ru' | 'en' },
) {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      full_name: user.fullName,
      password_hash: user.passwordHash,
      preferred_language: user.language,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function updateUserPassword(db: Executor, id: string, passwordHash: string) {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function updateUserLanguage(db: Executor, id: string, language: 'kk' | 'ru' | 'en') {
  await db
    .updateTable('users')
    .set({ preferred_language: language, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export function insertUserWithoutPassword(
  db: Executor,
  user: { email: string; fullName: string; language: 'kk' | 'ru' | 'en' },
) {
  return db
    .insertInto('users')
    .values({
      email: user.email,
      full_name: user.fullName,
      password_hash: null,
      preferred_language: user.language,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
