/*
 * k8s-rollout as a stage (packages/kit/src/stage.ts): read = the rollout's (or, with `clusters`, the
 * fleet's) input reader, which resolves every kubeconfig without contacting it; run = the rollout or the
 * fleet in waves. In the one-step pipeline the manifests and the version arrive typed, and the smoke test
 * is attached as `verify` (an exception from it is a failed verification: rolled back).
 */
import { type Delivery, deliveryEnvironment, deliveryMarkdown, type Stage } from '@goship/kit';
import type { ClusterVerify } from '../fleet/cluster-run.js';
import type { FleetOptions, FleetResult } from '../fleet/fleet.js';
import { readFleetOptions } from '../fleet/inputs.js';
import { readRolloutOptions, rolloutKubeconfig } from '../inputs.js';
import type { RolloutResult } from '../rollout.js';
import type { K8sRolloutOptions } from '../stage.js';

/** One cluster, or a fleet (`clusters`); the signal and log are the run's, given by `run`. */
export type K8sRolloutConfig =
  | { fleet: Omit<FleetOptions, 'signal' | 'log'>; single?: undefined }
  | { single: Omit<K8sRolloutOptions, 'signal' | 'log'>; fleet?: undefined };

export interface K8sRolloutUpstream {
  /** render-manifests' rendered set (the `manifests` input when the stage runs alone). */
  manifests?: string;
  version?: string;
  /** Runs once a cluster rolled out (the pipeline's smoke test); a verdict, or a throw, rolls it back. */
  verify?: ClusterVerify;
  /** The commit's time as the build stamped it (RFC 3339; the lead time's start); '' or absent: unknown. */
  commitTime?: string;
  /** The commit built (the run's GITHUB_SHA when the stage runs alone). */
  commit?: string;
}

/**
 * `deliveryTable`: the "Delivery" table ('' when there is nothing to count), which the one-step action shows
 * at the top of its summary. A fleet's deliveries are its clusters' (FleetResult.clusters[].delivery).
 */
export type K8sRolloutValue =
  | { single: RolloutResult; delivery?: Delivery; deliveryTable: string; fleet?: undefined }
  | { fleet: FleetResult; deliveryTable: string; single?: undefined; delivery?: undefined };

// The readers keep a signal in the options they return; the run replaces it with the job's.
const UNTIL_RUN = new AbortController().signal;

export const k8sRolloutStage: Stage<K8sRolloutConfig, K8sRolloutUpstream, K8sRolloutValue> = {
  name: 'k8s-rollout',
  read(inputs, ctx) {
    const readCtx = { ...ctx, signal: UNTIL_RUN };
    const fleet = readFleetOptions(inputs, readCtx);
    if (fleet) {
      const { signal: _s, log: _l, ...config } = fleet;
      return { fleet: config };
    }
    const { signal: _s, log: _l, ...single } = readRolloutOptions(inputs, readCtx);
    // The kubeconfig is read (not contacted) now: a bad one fails here, its secrets masked before any output.
    for (const secret of rolloutKubeconfig(single).secrets) ctx.log.secret(secret);
    return { single };
  },
  async run(config, upstream, ctx) {
    const kube = await import('../index.js');
    const given = {
      signal: ctx.signal,
      log: ctx.log,
      ...(upstream.manifests !== undefined ? { manifests: [upstream.manifests] } : {}),
      ...(upstream.version !== undefined ? { version: upstream.version } : {}),
    };
    const verify = upstream.verify;
    // The delivery figures (delivery.ts) go on the rollout's span — each cluster's own, in a fleet — among
    // the run's metrics and in the summary (the one-step action shows them at the top of its own instead).
    const options = config.fleet ?? config.single;
    let commitTime: Promise<number | undefined> | undefined;
    const delivery = {
      commitTime: upstream.commitTime,
      // Read once, after a rollout ended: a bad input fails before any program (git) runs.
      readCommitTime: () => (commitTime ??= kube.checkoutCommitTime(ctx.workspace, ctx.env, ctx.run.sha)),
      commit: upstream.commit ?? ctx.run.sha,
      version: upstream.version ?? options.version,
      ref: ctx.run.ref,
      tagPrefix: options.tagPrefix,
      environment: deliveryEnvironment(ctx.env, options.github?.environment),
      verified: verify !== undefined,
    };
    const below = (table: string) => (table && !ctx.chained ? `\n${table}` : '');
    if (config.fleet) {
      const result = await kube.fleetRollout({ ...config.fleet, ...given, verify, delivery });
      const failed = kube.fleetError(result);
      const deliveryTable = kube.fleetDeliveryMarkdown(result);
      return {
        outputs: kube.fleetOutputs(result),
        summary: kube.fleetSummaryMarkdown(result) + below(deliveryTable),
        failures: failed ? [failed] : [],
        value: { fleet: result, deliveryTable },
      };
    }
    const result = await kube.k8sRollout({
      ...config.single,
      ...given,
      verify: verify && ((rollout, signal) => verify(rollout, '', signal)),
      // One cluster: the smoke test overlaps the hold of pods without a readiness probe. A fleet's cluster
      // reports itself rolled out from its verification (its wave's gate), so it verifies after the hold.
      verifyWhileHeld: true,
    });
    const failed = kube.rolloutError(result);
    if (failed) for (const line of [...kube.failureLines(result), ...result.recovery]) ctx.log.info(line);
    const single = kube.rolloutDelivery(result, await kube.withCommitTime(delivery));
    kube.reportDelivery(single);
    const deliveryTable = single ? deliveryMarkdown(single) : '';
    return {
      outputs: kube.rolloutOutputs(result),
      summary: kube.summaryMarkdown(result) + below(deliveryTable),
      failures: failed ? [failed] : [],
      value: { single: result, delivery: single, deliveryTable },
    };
  },
};
