export * from './action.js';
export * from './concurrency.js';
export * from './errors.js';
export * from './exec.js';
export * from './inputs.js';
export * from './outputs.js';
export * from './retry.js';
export * as runner from './runner.js';
export * from './summary.js';
