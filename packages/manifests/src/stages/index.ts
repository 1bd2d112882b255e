// The render-manifests stage (packages/kit/src/stage.ts): `run` loads the renderer, schemas and templates.
export * from './render-manifests.js';
