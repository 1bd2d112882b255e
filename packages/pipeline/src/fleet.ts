/*
 * The pipeline's rollout across a fleet (`clusters`): k8s-rollout's fleet stage, with the smoke test as each
 * cluster's verification — through that cluster's own API server (service proxy), since one URL cannot
 * tell clusters apart. A cluster whose smoke test fails is a failed cluster: the fleet stops and rolls back
 * every cluster this run updated. The integrity rows come from every cluster that ends on the new release.
 */
import type { Inputs } from '@goship/kit';
import type { ClusterSpec, FleetOptions, FleetResult } from '@goship/kube';
import type { Observation } from './integrity.js';
import { liveFacts } from './live.js';
import { liveObservations, smokeObservations } from './observations.js';
import { runSmoke, type SmokeRun, smokeFailure, smokeVerdict } from './smoke.js';

type Kube = typeof import('@goship/kube');
type Probe = typeof import('@goship/probe');

export interface FleetStageOptions {
  kube: Kube;
  probe: Probe;
  fleet: FleetOptions;
  /** The smoke-test stage's inputs for one cluster (service, kubeconfig, context). */
  smokeInputs(set: Record<string, string | undefined>): Inputs;
  name: string;
  servicePort: number;
  smokePath: string;
  rollbackOnSmokeFailure: boolean;
  workspace: string;
  env: Record<string, string | undefined>;
  signal: AbortSignal;
  log: { info(m: string): void; warning(m: string): void; secret(v: string): void };
  /** Each smoke test run (its answer, or why it could not run), for the pipeline's stage table. */
  onSmoke(cluster: string, run: SmokeRun): void;
}

export interface FleetStageResult {
  result: FleetResult;
  smokes: Map<string, SmokeRun>;
  /** Clusters whose smoke test failed (or could not run) and that stay deployed (rollback-on-smoke-failure: false). */
  leftFailed: string[];
}

const namespaceOf = (spec: ClusterSpec, fleet: FleetOptions) =>
  spec.namespace ?? fleet.namespace ?? 'default';

type ClusterSmokeRead = Pick<
  FleetStageOptions,
  'probe' | 'fleet' | 'smokeInputs' | 'name' | 'servicePort' | 'smokePath' | 'workspace' | 'env'
> & { log: Pick<FleetStageOptions['log'], 'secret'> };

/** Every cluster's smoke-test options (their kubeconfigs resolved, their secrets masked), by cluster name. */
export function readClusterSmokeOptions(o: ClusterSmokeRead) {
  const { probe, fleet } = o;
  return new Map(
    fleet.clusters.map((spec) => {
      const { secrets, ...options } = probe.parseSmokeTestInputs(
        o.smokeInputs({
          service: `${namespaceOf(spec, fleet)}/${o.name}:${o.servicePort}${o.smokePath}`,
          kubeconfig: spec.kubeconfig ?? fleet.kubeconfig,
          context: spec.context ?? '',
        }),
        { workspace: o.workspace, env: o.env },
      );
      for (const s of secrets) o.log.secret(s);
      return [spec.name, options] as const;
    }),
  );
}

export async function fleetRolloutStage(o: FleetStageOptions): Promise<FleetStageResult> {
  const { kube, probe, fleet } = o;
  const smokes = new Map<string, SmokeRun>();
  const leftFailed: string[] = [];
  // Every cluster's smoke inputs are read (and their secrets masked) before anything is applied anywhere.
  const smokeOptions = readClusterSmokeOptions(o);
  const result = await kube.fleetRollout({
    ...fleet,
    // A smoke test that throws is a failed one (smoke.ts): the fleet stops and rolls back as for a wrong answer.
    verify: async (_rollout, cluster) => {
      const run = await runSmoke(probe, {
        ...smokeOptions.get(cluster)!,
        signal: o.signal,
        log: o.log,
        registerSecret: o.log.secret,
      });
      smokes.set(cluster, run);
      o.onSmoke(cluster, run);
      const failure = smokeFailure(run);
      const verdict = smokeVerdict(run, o.rollbackOnSmokeFailure, (m) => o.log.warning(m), `[${cluster}] `);
      if (failure && !verdict) leftFailed.push(`cluster '${cluster}': ${failure}`);
      return verdict;
    },
  });
  return { result, smokes, leftFailed };
}

/** The live objects and the smoke test's answer of every cluster on the new release, each row named by cluster. */
export async function fleetObservations(
  kube: Kube,
  fleet: FleetOptions,
  run: FleetStageResult,
  name: string,
  signal: AbortSignal,
): Promise<Observation[]> {
  const onNew = run.result.clusters.filter((c) => c.endsOn === 'new');
  const perCluster = await Promise.all(
    onNew.map(async (c) => {
      const spec = fleet.clusters.find((s) => s.name === c.name)!;
      const facts = await liveFacts(
        kube.rolloutKubeconfig({
          ...fleet,
          kubeconfig: spec.kubeconfig ?? fleet.kubeconfig,
          kubeContext: spec.context ?? '',
        }),
        fleet.log,
        { namespace: namespaceOf(spec, fleet), service: name, deployment: name },
        signal,
      );
      return [
        ...liveObservations(facts, c.name),
        ...smokeObservations(run.smokes.get(c.name)?.smoke).map((s) => ({
          ...s,
          where: `[${c.name}] ${s.where}`,
        })),
      ];
    }),
  );
  return perCluster.flat();
}
