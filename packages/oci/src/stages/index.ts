// The docker-multistage stage (packages/kit/src/stage.ts): light to import; `run` loads the image library.
export * from './docker-multistage.js';
