// OCI images: references, tags, deterministic layers, configs/manifests/indexes, OCI layouts, the
// Distribution API client, Dockerfile generation/analysis and the two build backends.

export * from './assemble/assemble.js';
export * from './base.js';
export * from './dockerfile/build.js';
export * from './dockerfile/builders.js';
export * from './dockerfile/generate.js';
export * from './dockerfile/parse.js';
export * from './image.js';
export * from './inputs.js';
export * from './layout.js';
export * from './listening.js';
export * from './media.js';
export * from './merge.js';
export * from './metadata.js';
export * from './publish.js';
export * from './readback.js';
export * from './registry/auth.js';
export * from './registry/client.js';
export * from './registry/errors.js';
export * from './registry/http.js';
export * from './registry/pool.js';
export * from './summary.js';
export * from './tags.js';
export * from './tar.js';
