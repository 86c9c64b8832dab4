import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { prepareDatabase } from '../server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const runtime = await prepareDatabase(config, logger);
logger.info('database migrated to the latest version');
await runtime.stop();
