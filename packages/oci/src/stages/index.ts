// The docker-multistage stage (packages/kit/src/stage.ts): light to import; `run` loads the image library.

// What the image stage produces: the pipeline's integrity report reads the listening check and the image
// as the registry serves it.
export type { ImageListening } from '../listening.js';
export type { PublishResult } from '../publish.js';
export type { PushedImage } from '../readback.js';
export * from './docker-multistage.js';
