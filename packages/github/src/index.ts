export * from './client.js';
export * from './comments.js';
export * from './deployments.js';
