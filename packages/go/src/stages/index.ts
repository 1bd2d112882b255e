// The two Go stages (packages/kit/src/stage.ts): light to import; each loads its heavy half in `run`.
export * from './go-build-ldflags.js';
export * from './setup-go.js';
