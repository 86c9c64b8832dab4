import type { Executor } from './executor.js';

export async function insertPasswordReset(db: Executor, userId: string, tokenHash: Buffer, expiresAt: Date) {
  await db
    .insertInto('password_resets')
    .values({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt })
    .execute();
}

export function findPasswordReset(db: Executor, tokenHash: Buffer) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks the token used only if nobody used it first; the row count tells who won a race. */
export async function consumePasswordReset(db: Executor, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
