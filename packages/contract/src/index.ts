// What two stages of the chain agree on, defined once: annotation keys, the Kubernetes kind order, the
// YAML dialect one stage writes and the next (and kubectl) reads, and the image reference grammar with the
// digest images are pinned by. Light: only `yaml` is imported.
export * from './annotations.js';
export * from './artifact.js';
export * from './kinds.js';
export * from './reference.js';
export * from './yaml.js';
