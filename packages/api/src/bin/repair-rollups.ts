import { monitoringRepairRepository } from '@qorgau/db';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { prepareDatabase } from '../server.js';

// Recomputes the monitoring roll-ups from the source rows, prints every difference and rewrites the
// differing rows. `--dry-run` only reports (exit 1 when anything differs).
const dryRun = process.argv.includes('--dry-run');
const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await prepareDatabase(config, logger);
const ownerDb = runtime.ownerDb();
const differences = dryRun
  ? await monitoringRepairRepository.findDifferences(ownerDb)
  : await monitoringRepairRepository.repairDifferences(ownerDb);
await ownerDb.destroy();
await runtime.stop();
for (const difference of differences) {
  process.stdout.write(
    `${difference.table} ${JSON.stringify(difference.key)} stored=${JSON.stringify(difference.stored)} expected=${JSON.stringify(difference.expected)}\n`,
  );
}
if (differences.length === 0) process.stdout.write('monitoring roll-ups match the source rows\n');
else if (dryRun) {
  process.stdout.write(`${differences.length} roll-up rows differ (dry run, nothing changed)\n`);
  process.exitCode = 1;
} else process.stdout.write(`${differences.length} roll-up rows differed and were rewritten\n`);
