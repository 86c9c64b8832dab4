import {
  type Db,
  type Executor,
  type InlineJob,
  RENDER_DEAD_LETTER_QUEUE,
  RENDER_QUEUE,
  RENDER_RETRY_LIMIT,
  sqlAdapter,
} from '@qorgau/db';
import PgBoss from 'pg-boss';
import type { Logger } from '../logger.js';

/** One person's document in a bulk batch. */
export interface BatchItemJob {
  type: 'batchItem';
  tenantId: string;
  batchId: string;
  personId: string;
  kind: 'training-certificate' | 'acknowledgement-receipt';
  language: 'kk' | 'ru' | 'en';
  issuedBy: string | null;
}

/** The signed extract from the minutes of a recorded adoption. */
export interface AdoptionExtractJob {
  type: 'adoptionExtract';
  tenantId: string;
  adoptionId: string;
  issuedBy: string | null;
}

/** A staff member's acknowledgement receipt. */
export interface AckReceiptJob {
  type: 'ackReceipt';
  tenantId: string;
  acknowledgementId: string;
  issuedBy: string | null;
}

/** A learner's training certificate, after a passed quiz or a credited live session. */
export interface TrainingCertificateJob {
  type: 'trainingCertificate';
  tenantId: string;
  completionId: string;
  issuedBy: string | null;
}

export type RenderJob = BatchItemJob | AdoptionExtractJob | AckReceiptJob | TrainingCertificateJob;

export interface RenderJobContext {
  job: RenderJob;
  /** True on the attempt after which the queue gives up and moves the job to the dead letter. */
  lastAttempt: boolean;
}

export interface JobQueue {
  /** Enqueues inside the caller's transaction: no job exists unless the change behind it commits. */
  enqueueRenders(tx: Executor, jobs: RenderJob[]): Promise<void>;
  /**
   * The same job for a caller that writes it within its own statement (the acknowledgement, which
   * a whole campaign makes at once); null when this queue does not take the job.
   */
  inlineRender(job: RenderJob): InlineJob | null;
  stop(): Promise<void>;
}

export interface JobQueueOptions {
  db: Db;
  logger: Logger;
  maintenanceSeconds: number;
  expireSeconds?: number;
  /** Omitted for a process that only enqueues. */
  work?: (context: RenderJobContext) => Promise<void>;
  concurrency?: number;
}

const FETCH_BATCH = 8;

export async function startJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    db: sqlAdapter(options.db),
    migrate: false,
    schedule: false,
    supervise: Boolean(options.work),
    maintenanceIntervalSeconds: options.maintenanceSeconds,
  });
  boss.on('error', (error) => options.logger.error({ err: error }, 'job queue error'));
  await boss.start();

  const { work } = options;
  if (work) {
    const workers = Math.max(1, options.concurrency ?? 2);
    for (let index = 0; index < workers; index += 1) {
      await boss.work<RenderJob>(
        RENDER_QUEUE,
        { batchSize: FETCH_BATCH, includeMetadata: true, pollingIntervalSeconds: 0.5 },
        async (jobs) => {
          // Each job succeeds or fails on its own; a failed one is handed back for retry.
          for (const job of jobs) {
            try {
              await work({ job: job.data, lastAttempt: job.retryCount >= job.retryLimit });
            } catch (error) {
              const message = error instanceof Error ? error.message : String(error);
              options.logger.warn({ jobId: job.id, attempt: job.retryCount + 1 }, 'document job failed');
              await boss.fail(RENDER_QUEUE, job.id, { message });
            }
          }
        },
      );
    }
  }

  return {
    async enqueueRenders(tx, jobs) {
      if (jobs.length === 0) return;
      await boss.insert(
        jobs.map((data) => ({
          name: RENDER_QUEUE,
          data,
          retryLimit: RENDER_RETRY_LIMIT,
          retryDelay: 2,
          retryBackoff: true,
          expireInSeconds: options.expireSeconds ?? 60,
          deadLetter: RENDER_DEAD_LETTER_QUEUE,
        })),
        { db: sqlAdapter(tx) },
      );
    },
    inlineRender(job) {
      return { queue: RENDER_QUEUE, data: job, expireSeconds: options.expireSeconds ?? 60 };
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
