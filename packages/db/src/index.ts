export * from './database.js';
export * from './migrator.js';
export * from './pool.js';
export * from './provision.js';
export * from './runtime.js';
export * from './secrets.js';
export * from './tenant.js';
export * from './repositories/index.js';
