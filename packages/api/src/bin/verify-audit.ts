import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { prepareDatabase } from '../server.js';
import { verifyAuditChains } from '../services/verify-audit.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await prepareDatabase(config, logger);
const ownerDb = runtime.ownerDb();
const report = await verifyAuditChains(ownerDb);
await ownerDb.destroy();
await runtime.stop();
if (report.breaks.length === 0) {
  process.stdout.write(
    `audit log verified: ${report.rows} entries of ${report.tenants} organisations, no broken link\n`,
  );
} else {
  for (const broken of report.breaks) {
    process.stdout.write(
      `BROKEN: tenant ${broken.tenantId}, chain ${broken.chain}, first bad entry #${broken.seq} (${broken.reason})\n`,
    );
  }
  process.exitCode = 1;
}
