import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // 0 asks the OS for a free port (tests).
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  APP_DATABASE_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PUBLIC_URL: z.string().url().optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Qorgau <no-reply@qorgau.local>'),
  DEMO_MODE: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SIGNING_P12_PATH: z.string().min(1).optional(),
  SIGNING_P12_PASSPHRASE: z.string().optional(),
  PDF_POOL_SIZE: z.coerce.number().int().min(1).max(16).optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  JOB_WORKERS: z.enum(['true', 'false']).default('true'),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(5).max(86400).default(300),
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  appDatabaseUrl: string | undefined;
  embeddedPgPort: number;
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Demo and development installs show the email outbox in the app instead of sending mail. */
  demoMode: boolean;
  secureCookies: boolean;
  logLevel: string;
  trustProxy: boolean;
  signingP12Path: string | undefined;
  signingP12Passphrase: string | undefined;
  pdfPoolSize: number | undefined;
  /**
   * Database connections of the HTTP server. Each tenant request holds one for its transaction;
   * keep (servers × this) well under PostgreSQL's max_connections.
   */
  dbPoolSize: number;
  /** Background workers for bulk documents; off for processes that only enqueue. */
  jobWorkers: boolean;
  /** How often stalled jobs are swept back into the queue after a crash. */
  jobMaintenanceSeconds: number;
  /** A job still active this long after it started is presumed dead (crashed worker) and retried. */
  jobExpireSeconds: number;
  /** How often due reminders and escalations are looked for. */
  reminderSweepSeconds: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const values = parsed.data;
  const production = values.NODE_ENV === 'production';
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    appDatabaseUrl: values.APP_DATABASE_URL,
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
    smtpUrl: values.SMTP_URL,
    mailFrom: values.MAIL_FROM,
    demoMode: values.DEMO_MODE ? values.DEMO_MODE === 'true' : !production,
    secureCookies: production,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY === 'true',
    signingP12Path: values.SIGNING_P12_PATH,
    signingP12Passphrase: values.SIGNING_P12_PASSPHRASE,
    pdfPoolSize: values.PDF_POOL_SIZE,
    dbPoolSize: values.DB_POOL_SIZE,
    jobWorkers: values.JOB_WORKERS === 'true',
    jobMaintenanceSeconds: values.JOB_MAINTENANCE_SECONDS,
    jobExpireSeconds: values.JOB_EXPIRE_SECONDS,
    reminderSweepSeconds: values.REMINDER_SWEEP_SECONDS,
  };
}
