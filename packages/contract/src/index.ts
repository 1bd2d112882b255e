// What two stages of the chain agree on, defined once: annotation keys, the Kubernetes kind order, the YAML
// dialect one stage writes and the next (and kubectl) reads, the image reference grammar with the digest
// images are pinned by, the one version rule, the one port's names and the -ldflags composition. Imports
// `yaml`, `semver` and @goship/kit (whose exec runs git for describeSource); no other @goship package, so
// that no stage imports another.
export * from './annotations.js';
export * from './artifact.js';
export * from './kinds.js';
export * from './ldflags.js';
export * from './port.js';
export * from './reference.js';
export * from './version.js';
export * from './yaml.js';
