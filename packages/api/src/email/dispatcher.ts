import { type Db, outboxRepository } from '@qorgau/db';
import nodemailer from 'nodemailer';
import type { Logger } from '../logger.js';

const MAX_ATTEMPTS = 8;
const BATCH = 20;

export interface EmailDispatcher {
  /** Sends what is due now; resolves with the number delivered. */
  flush(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/**
 * The outbox is written in the same transaction as the change that caused the email, so a crash
 * never loses a message nor sends one for a change that rolled back. This drains it over SMTP.
 */
export function createEmailDispatcher(options: {
  db: Db;
  smtpUrl: string;
  from: string;
  logger: Logger;
}): EmailDispatcher {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  async function deliverBatch(): Promise<number> {
    return options.db.transaction().execute(async (tx) => {
      const due = await outboxRepository.claimDueEmails(tx, BATCH, MAX_ATTEMPTS);
      let delivered = 0;
      for (const message of due) {
        try {
          await transport.sendMail({
            from: options.from,
            to: message.to_address,
            subject: message.subject,
            text: message.text_body,
            html: message.html_body,
          });
          await outboxRepository.markEmailSent(tx, message.id);
          delivered += 1;
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          const backoffSeconds = 30 * 2 ** message.attempts;
          await outboxRepository.markEmailFailed(tx, message.id, reason, backoffSeconds);
          options.logger.warn(
            { outboxId: message.id, attempt: message.attempts + 1 },
            'email delivery failed',
          );
        }
      }
      return delivered;
    });
  }

  function flush(): Promise<number> {
    running ??= deliverBatch().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    flush,
    start(intervalMs = 2000) {
      timer = setInterval(() => {
        flush().catch((error) => options.logger.error({ err: error }, 'email dispatcher failed'));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
      transport.close();
    },
  };
}
