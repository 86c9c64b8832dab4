import { sql } from 'kysely';
import type { Executor } from './executor.js';

export interface OutgoingEmail {
  to: string;
  language: 'kk' | 'ru' | 'en';
  template: string;
  subject: string;
  text: string;
  html: string;
}

export async function enqueueEmail(db: Executor, email: OutgoingEmail) {
  await db
    .insertInto('email_outbox')
    .values({
      to_address: email.to,
      language: email.language,
      template: email.template,
      subject: email.subject,
      text_body: email.text,
      html_body: email.html,
    })
    .execute();
}

export function listRecentEmails(db: Executor, limit: number) {
  return db
    .selectFrom('email_outbox')
    .select([
      'id',
      'to_address as to',
      'subject',
      'template',
      'language',
      'created_at as createdAt',
      'sent_at as sentAt',
      'text_body as textBody',
    ])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Claims due messages; SKIP LOCKED lets several app instances share the outbox safely. */
export function claimDueEmails(db: Executor, limit: number, maxAttempts: number) {
  return db
    .selectFrom('email_outbox')
    .selectAll()
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .where(sql<boolean>`next_attempt_at <= now()`)
    .orderBy('created_at')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markEmailSent(db: Executor, id: string) {
  await db
    .updateTable('email_outbox')
    .set({ sent_at: sql`now()`, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markEmailFailed(db: Executor, id: string, error: string, retryInSeconds: number) {
  await db
    .updateTable('email_outbox')
    .set((eb) => ({
      attempts: eb('attempts', '+', 1),
      last_error: error.slice(0, 500),
      next_attempt_at: sql`now() + make_interval(secs => ${retryInSeconds})`,
    }))
    .where('id', '=', id)
    .execute();
}
