/*
 * The rollout's verification in the one-step action: the smoke-test stage run against each cluster the
 * rollout reaches (one, or every cluster of a fleet, each through its own API server), turned into the
 * verdict the rollout acts on. Every cluster's smoke-test config is read before anything is applied.
 */
import type { StageContext } from '@goship/kit';
import type { ClusterVerify, K8sRolloutConfig } from '@goship/kube';
import { type SmokeTestConfig, type SmokeTestUpstream, smokeTestStage } from '@goship/probe';
import { runSmoke, type SmokeRun, smokeFailure, smokeVerdict } from './smoke.js';
import type { Wiring } from './wiring.js';

/** The one cluster's key in the smoke configs (a fleet's are the cluster names). */
export const ONE_CLUSTER = '';

/** Each cluster's smoke-test config, by cluster name (ONE_CLUSTER without a fleet): the pre-flight reads them. */
export async function readSmokeConfigs(
  w: Wiring,
  rollout: K8sRolloutConfig,
  ctx: StageContext,
): Promise<Map<string, SmokeTestConfig>> {
  const fleet = rollout.fleet;
  if (!fleet) return new Map([[ONE_CLUSTER, await smokeTestStage.read(w.stage('smoke-test'), ctx)]]);
  const configs = new Map<string, SmokeTestConfig>();
  for (const spec of fleet.clusters) {
    const namespace = spec.namespace ?? fleet.namespace ?? 'default';
    const inputs = w.stage('smoke-test', {
      service: `${namespace}/${w.inputs.name}:${w.servicePort}${w.smokePath}`,
      kubeconfig: spec.kubeconfig ?? fleet.kubeconfig,
      context: spec.context ?? '',
    });
    configs.set(spec.name, await smokeTestStage.read(inputs, ctx));
  }
  return configs;
}

export interface Verification {
  verify: ClusterVerify;
  /** Each cluster's smoke run (ONE_CLUSTER without a fleet). */
  runs: Map<string, SmokeRun>;
  /** Smoke failures left deployed (rollback-on-smoke-failure: false): the step still fails on them. */
  leftFailed: string[];
}

export function smokeVerification(o: {
  configs: Map<string, SmokeTestConfig>;
  upstream: SmokeTestUpstream;
  rollbackOnSmokeFailure: boolean;
  ctx: StageContext;
  /** Each smoke run (its answer, or why it could not run), for the pipeline's stage table. */
  onSmoke(cluster: string, run: SmokeRun): void;
}): Verification {
  const runs = new Map<string, SmokeRun>();
  const leftFailed: string[] = [];
  const verify: ClusterVerify = async (_rollout, cluster, signal) => {
    const ctx = { ...o.ctx, signal: AbortSignal.any([o.ctx.signal, signal]) };
    const run = await runSmoke(o.configs.get(cluster)!, o.upstream, ctx);
    runs.set(cluster, run);
    o.onSmoke(cluster, run);
    const failure = smokeFailure(run);
    const prefix = cluster === ONE_CLUSTER ? '' : `[${cluster}] `;
    const verdict = smokeVerdict(run, o.rollbackOnSmokeFailure, (m) => o.ctx.log.warning(m), prefix);
    if (failure && !verdict)
      leftFailed.push(cluster === ONE_CLUSTER ? failure : `cluster '${cluster}': ${failure}`);
    return verdict;
  };
  return { verify, runs, leftFailed };
}
