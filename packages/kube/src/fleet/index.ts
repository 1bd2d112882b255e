export * from './cluster-run.js';
export * from './clusters.js';
export * from './fleet.js';
export * from './inputs.js';
export * from './overrides.js';
export * from './report.js';
export * from './waves.js';
