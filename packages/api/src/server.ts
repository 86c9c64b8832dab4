import { createServer, type Server } from 'node:http';
import { createDb, createPool, type DatabaseRuntime, migrateDatabase, startDatabase } from '@qorgau/db';
import { createPdfService } from '@qorgau/pdf';
import { systemClock } from './clock.js';
import type { AppConfig } from './config.js';
import type { AppDeps } from './deps.js';
import { createEmailDispatcher } from './email/dispatcher.js';
import { createApp } from './http/app.js';
import { startJobQueue } from './jobs/queue.js';
import { createRenderWorker } from './jobs/render-worker.js';
import type { Logger } from './logger.js';
import { createRateLimits } from './security/rate-limits.js';
import { seedDemo } from './seed/seed-demo.js';
import { startMonitoringUpkeep } from './services/monitoring/upkeep.js';
import { bootstrapPolicyModel } from './services/policy/model.js';
import { startReminderSweeps } from './services/reminders/timer.js';
import { bootstrapTrainingModel } from './services/training/model.js';

export async function prepareDatabase(config: AppConfig, logger: Logger): Promise<DatabaseRuntime> {
  const runtime = await startDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPgPort,
    log: (message) => logger.warn(message),
  });
  await migrateDatabase(runtime);
  const ownerDb = runtime.ownerDb();
  try {
    await bootstrapPolicyModel(ownerDb);
    await bootstrapTrainingModel(ownerDb);
  } finally {
    await ownerDb.destroy();
  }
  return runtime;
}

export async function seedIfDemo(runtime: DatabaseRuntime, config: AppConfig) {
  if (!config.demoMode) return null;
  const ownerDb = runtime.ownerDb();
  try {
    return await seedDemo(ownerDb);
  } finally {
    await ownerDb.destroy();
  }
}

export interface RunningServer {
  url: string;
  deps: AppDeps;
  close: () => Promise<void>;
}

export async function startHttpServer(
  config: AppConfig,
  logger: Logger,
  appUrl: string,
): Promise<RunningServer> {
  const db = createDb({
    connectionString: appUrl,
    max: config.dbPoolSize,
    onIdleError: (error) => logger.warn({ err: error }, 'idle database connection lost'),
  });
  // Budgets are counted in the database so that several instances share them.
  const rateLimitStore = createPool({
    connectionString: appUrl,
    max: 2,
    onIdleError: (error) => logger.warn({ err: error }, 'idle database connection lost'),
  });
  const mailer = config.smtpUrl
    ? createEmailDispatcher({ db, smtpUrl: config.smtpUrl, from: config.mailFrom, logger })
    : null;
  const pdf = createPdfService({
    dataDir: config.dataDir,
    ...(config.signingP12Path ? { p12Path: config.signingP12Path } : {}),
    ...(config.signingP12Passphrase !== undefined ? { passphrase: config.signingP12Passphrase } : {}),
    ...(config.pdfPoolSize ? { poolSize: config.pdfPoolSize } : {}),
  });
  const deps: AppDeps = {
    config,
    db,
    logger,
    clock: systemClock,
    rateLimits: createRateLimits({ store: rateLimitStore }),
    mailer,
    pdf,
    jobs: null,
  };
  deps.jobs = await startJobQueue({
    db,
    logger,
    maintenanceSeconds: config.jobMaintenanceSeconds,
    expireSeconds: config.jobExpireSeconds,
    ...(config.jobWorkers ? { work: createRenderWorker(deps), concurrency: 2 } : {}),
  });
  mailer?.start();
  const reminderTimer = config.jobWorkers ? startReminderSweeps(deps, config.reminderSweepSeconds) : null;
  const monitoringTimer = config.jobWorkers ? startMonitoringUpkeep(deps) : null;
  const app = createApp(deps);
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = createServer(app).listen(config.port, config.host, () => resolve(listening));
    listening.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    url: `http://localhost:${port}`,
    deps,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      if (reminderTimer) clearInterval(reminderTimer);
      if (monitoringTimer) clearInterval(monitoringTimer);
      await mailer?.stop();
      await deps.jobs?.stop();
      await pdf.close();
      await db.destroy();
      await rateLimitStore.end();
    },
  };
}
