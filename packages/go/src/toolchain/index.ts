// Go toolchains: version specs, go.dev's release manifest, go.mod/go.work/version files, verified installs
// into the runner's tool cache, and the module/build cache.
export * from './cache.js';
export * from './hash-files.js';
export * from './http.js';
export * from './install.js';
export * from './install-lock.js';
export * from './manifest.js';
export * from './platform.js';
export * from './setup.js';
export * from './stage.js';
export * from './tar-guard.js';
export * from './version.js';
export * from './version-file.js';
