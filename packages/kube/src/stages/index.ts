// The k8s-rollout stage (packages/kit/src/stage.ts): light to import; `run` loads apply, watch and rollback.

export type { ClusterVerify } from '../fleet/cluster-run.js';
export type { FleetResult } from '../fleet/fleet.js';
export { rolloutKubeconfig } from '../inputs.js';
export type { RolloutResult } from '../rollout.js';
export * from './k8s-rollout.js';
