import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { seedDemo } from '../seed/seed-demo.js';
import { prepareDatabase } from '../server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await prepareDatabase(config, logger);
const ownerDb = runtime.ownerDb();
const result = await seedDemo(ownerDb);
logger.info(result, 'demo seed finished (rows already present were left unchanged)');
await ownerDb.destroy();
await runtime.stop();
