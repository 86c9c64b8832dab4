import { DomainError } from '@qorgau/core';
import { type Executor, outboxRepository } from '@qorgau/db';
import type { AppConfig } from '../config.js';

/** Only demo and development installs show mail in the app; production sends it over SMTP. */
export async function listOutbox(tx: Executor, config: AppConfig) {
  if (!config.demoMode) throw new DomainError('FORBIDDEN', 'outbox.disabled');
  const rows = await outboxRepository.listRecentEmails(tx, 200);
  return rows.map((row) => ({
    ...row,
    createdAt: new Date(row.createdAt).toISOString(),
    sentAt: row.sentAt ? new Date(row.sentAt).toISOString() : null,
  }));
}
