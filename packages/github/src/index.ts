export * from './client.js';
export * from './deployments.js';
