import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/logins.js';
import { prepareDatabase, seedIfDemo, startHttpServer } from '../server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);

function banner(url: string, embedded: boolean) {
  const lines = [
    '',
    `  Qorgau is running at ${url}`,
    `  Database: ${embedded ? `embedded PostgreSQL, data in ${config.dataDir}/pg` : 'DATABASE_URL'}`,
  ];
  if (config.demoMode) {
    lines.push(`  Demo logins (password for all: ${DEMO_PASSWORD}):`);
    for (const login of DEMO_LOGINS) lines.push(`    ${login.role.padEnd(16)} ${login.email}`);
  }
  lines.push(
    config.smtpUrl
      ? '  Email: sent over SMTP_URL.'
      : `  Email: not sent (no SMTP_URL). Read it in the app: sign in as ${DEMO_LOGINS[0]?.email} → Outbox (${url}/programme/outbox).`,
    '',
  );
  // The banner is for the person at the terminal, not the structured log.
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main() {
  const runtime = await prepareDatabase(config, logger);
  const seeded = await seedIfDemo(runtime, config);
  if (seeded && (seeded.organizations > 0 || seeded.logins > 0)) logger.info(seeded, 'demo data seeded');
  const server = await startHttpServer(config, logger, runtime.appUrl);
  banner(
    config.publicUrl === `http://localhost:${config.port}` ? server.url : config.publicUrl,
    runtime.embedded,
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await server.close();
    await runtime.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'Qorgau failed to start');
  process.exit(1);
});
