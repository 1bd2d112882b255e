export * from './integrity.js';
export * from './pipeline.js';
export * from './stages.js';
