export * from './attempts.js';
export * from './dates.js';
export * from './draw.js';
export * from './public-question.js';
export * from './random.js';
export * from './score.js';
