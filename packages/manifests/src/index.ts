// Kubernetes manifests: builtin templates, strict ${VAR} substitution, kustomize/helm, image pinning,
// schema validation, the port integrity report, deterministic output.
export * from './builtin.js';
export * from './config-hash.js';
export * from './files.js';
export * from './images.js';
export * from './model.js';
export * from './options.js';
export * from './ports/index.js';
export * from './preview/index.js';
export * from './render.js';
export * from './schema/index.js';
export * from './secrets.js';
export * from './set.js';
export * from './stage.js';
export * from './substitute.js';
export * from './summary.js';
export * from './tools.js';
export * from './wait-targets.js';
export * from './workloads.js';
export * from './write.js';
export * from './yaml-io.js';
