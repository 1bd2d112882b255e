// Go toolchains (versions, release manifest, go.mod/go.work, install) and Go builds (ldflags, matrix, -X checks).
export * from './compile/index.js';
export * from './toolchain/index.js';
