// The smoke-test stage (packages/kit/src/stage.ts): light to import; `run` loads the HTTP checks.
export * from './smoke-test.js';
