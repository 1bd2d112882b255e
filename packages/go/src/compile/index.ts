// Go builds: ldflags composition and quoting, source (git) description, target matrix, -X verification.
export * from './checksums.js';
export * from './constraints.js';
export * from './diagnostics.js';
export * from './gosource.js';
export * from './ldflags.js';
export * from './options.js';
export * from './overwrites.js';
export * from './plan.js';
export * from './program.js';
export * from './report.js';
export * from './run.js';
export * from './stage.js';
export * from './targets.js';
export * from './verify.js';
