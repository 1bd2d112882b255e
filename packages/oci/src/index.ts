// OCI images: references, tags, deterministic layers, configs/manifests/indexes, OCI layouts, the
// Distribution API client, Dockerfile generation/analysis and the two build backends.
export * from './reference.js';
