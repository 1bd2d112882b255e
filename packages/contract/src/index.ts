// What two stages of the chain agree on, defined once: annotation keys, the Kubernetes kind order, and
// the YAML dialect one stage writes and the next (and kubectl) reads. Light: only `yaml` is imported.
export * from './annotations.js';
export * from './artifact.js';
export * from './kinds.js';
export * from './yaml.js';
