// The input readers alone (`@goship/kube/inputs`): an adapter validates its inputs with these before it loads
// the stages (apply, watch, rollback, GitHub deployments).

export { readFleetOptions } from './fleet/inputs.js';
export { readRolloutOptions, rolloutKubeconfig } from './inputs.js';
