// Go builds: ldflags composition and quoting, source (git) description, target matrix, -X verification.
export * from './ldflags.js';
export * from './source.js';
