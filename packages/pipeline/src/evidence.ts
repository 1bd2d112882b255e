/*
 * Every layer's port, version and digest as observed, for the integrity report: the binaries' -X values,
 * the process's listening port, the image as the registry serves it, the rendered manifests, and what each
 * cluster on the new release runs (its EndpointSlices, the Deployment's version annotation, the pods'
 * image digests) with the smoke test's answer there.
 */
import type { BuildArtifact } from '@goship/contract';
import type { Log } from '@goship/kit';
import type { K8sRolloutConfig, K8sRolloutValue } from '@goship/kube';
import type { PortReport } from '@goship/manifests';
import type { PublishResult, PushedImage } from '@goship/oci';
import type { Observation } from './integrity.js';
import { liveFacts } from './live.js';
import {
  buildObservations,
  imageObservations,
  listeningObservation,
  liveObservations,
  renderObservations,
  smokeObservations,
} from './observations.js';
import type { SmokeRun } from './smoke.js';
import { ONE_CLUSTER } from './verification.js';
import type { Wiring } from './wiring.js';

export interface Evidence {
  wiring: Wiring;
  artifacts: BuildArtifact[];
  image: PublishResult;
  pushed: PushedImage;
  versionTag?: string;
  ports: PortReport;
  rollout: K8sRolloutConfig;
  deployed: K8sRolloutValue;
  smokes: Map<string, SmokeRun>;
  /** The path the smoke test requested, and whether the service was asked for its version there. */
  smokePath: string;
  reportsVersion: boolean;
  signal: AbortSignal;
  log: Log;
}

export async function integrityObservations(e: Evidence): Promise<Observation[]> {
  const { rolloutKubeconfig } = await import('@goship/kube');
  const name = e.wiring.inputs.name!;
  const fleet = e.rollout.fleet;
  const smokeSays = { path: e.smokePath, reportsVersion: e.reportsVersion };
  const live = fleet
    ? await Promise.all(
        (e.deployed.fleet?.clusters ?? [])
          .filter((c) => c.endsOn === 'new')
          .map(async (c) => {
            const spec = fleet.clusters.find((s) => s.name === c.name)!;
            const namespace = spec.namespace ?? fleet.namespace ?? 'default';
            const facts = await liveFacts(
              rolloutKubeconfig({
                ...fleet,
                kubeconfig: spec.kubeconfig ?? fleet.kubeconfig,
                kubeContext: spec.context ?? '',
              }),
              e.log,
              { namespace, service: name, deployment: name },
              e.signal,
            );
            return [
              ...liveObservations(facts, c.name),
              ...smokeObservations(e.smokes.get(c.name)?.smoke, smokeSays).map((s) => ({
                ...s,
                where: `[${c.name}] ${s.where}`,
              })),
            ];
          }),
      )
    : [
        [
          ...liveObservations(
            await liveFacts(
              rolloutKubeconfig(e.rollout.single!),
              e.log,
              { namespace: e.wiring.namespace, service: name, deployment: name },
              e.signal,
            ),
          ),
          ...smokeObservations(e.smokes.get(ONE_CLUSTER)?.smoke, smokeSays),
        ],
      ];
  return [
    ...buildObservations({ artifacts: e.artifacts }, e.wiring),
    listeningObservation(e.image.listening),
    ...imageObservations(e.pushed, {
      port: e.wiring.port,
      portEnv: e.wiring.portEnv,
      versionTag: e.versionTag,
    }),
    ...renderObservations(e.ports),
    ...live.flat(),
  ];
}
