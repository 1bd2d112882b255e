// Go builds: target matrix, build plan, -X verification (the ldflags composition and the version rule
// they use are @goship/contract's).
export * from './checksums.js';
export * from './constraints.js';
export * from './diagnostics.js';
export * from './gosource.js';
export * from './options.js';
export * from './overwrites.js';
export * from './plan.js';
export * from './program.js';
export * from './report.js';
export * from './run.js';
export * from './stage.js';
export * from './targets.js';
export * from './verify.js';
