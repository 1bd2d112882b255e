// The render-manifests stage (packages/kit/src/stage.ts): `run` loads the renderer, schemas and templates.

// The port report render-manifests outputs (the pipeline's integrity report reads it).
export type { PortReport, PortUse } from '../ports/index.js';
export type { RenderStageResult } from '../stage.js';
export * from './render-manifests.js';
