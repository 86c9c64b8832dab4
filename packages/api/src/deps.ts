import type { Db } from '@qorgau/db';
import type { PdfService } from '@qorgau/pdf';
import type { Clock } from './clock.js';
import type { AppConfig } from './config.js';
import type { EmailDispatcher } from './email/dispatcher.js';
import type { JobQueue } from './jobs/queue.js';
import type { Logger } from './logger.js';
import type { RateLimits } from './security/rate-limits.js';

/** The composition root's products, handed to every request. */
export interface AppDeps {
  config: AppConfig;
  db: Db;
  logger: Logger;
  clock: Clock;
  rateLimits: RateLimits;
  mailer: EmailDispatcher | null;
  /** Renders and signs PDFs; Chromium starts on first use. */
  pdf: PdfService;
  /** Null only in processes that never start bulk work (most unit tests). */
  jobs: JobQueue | null;
}
