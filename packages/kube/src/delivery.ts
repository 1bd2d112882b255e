/*
 * A rollout's delivery figures (issue 21; the computation is kit's telemetry-delivery.ts): from the moments
 * rollout.ts recorded and the commit's time. The one-step action passes the time its build stamped (the
 * `date` go-build-ldflags derived with describeSource); the k8s-rollout action alone asks describeSource
 * of the checkout, and only trusts it when the checkout is at the commit being deployed (GITHUB_SHA).
 * Each cluster of a fleet is a delivery of its own, reported from its own span (fleet/cluster-run.ts).
 */
import { describeSource, rfc3339, sourceDateEpoch, versionFromRef } from '@goship/contract';
import {
  activeSpan,
  type Delivery,
  type DeliveryResult,
  deliveryFigures,
  deliverySpanAttributes,
  recordDelivery,
} from '@goship/kit';
import type { RolloutResult } from './rollout.js';

/** What rollout.ts records for the figures: epoch ms (wall clock: a lead time starts in another process). */
export interface RolloutMoments {
  /** The kubeconfig's cluster name. */
  cluster: string;
  /** The first workload waited for (the one the revision is of), and its namespace. */
  workload?: string;
  namespace?: string;
  /** Just before the apply. */
  applied: number;
  /** Verified (rolled out, and the verification passed when there is one) or the failure detected. */
  decided?: number;
  /**
   * A fleet's cluster (fleet/cluster-run.ts): its own verification passed. It then waits for the fleet's
   * decision, so `decided` is when that decision (keep, or roll back because another cluster failed) reached it.
   */
  verified?: number;
  /** The rollback rolled out: the previous release serving again. */
  restored?: number;
}

export interface DeliveryContext {
  /** The commit's time (RFC 3339 or epoch ms), when known. */
  commitTime?: string | number;
  /**
   * Reads the commit's time when `commitTime` is not given (checkoutCommitTime), called only once a rollout
   * ended (withCommitTime): a bad input fails before any program runs.
   */
  readCommitTime?: () => Promise<number | undefined>;
  commit?: string;
  /** The version deployed; without it, the version of a release tag ref (`ref`, `tagPrefix`), as the annotations have it. */
  version?: string;
  ref?: string;
  tagPrefix?: string;
  environment?: string;
  /** Whether a verification (the smoke test) ran after the rollout. */
  verified: boolean;
  /** The name a fleet gives the cluster (its `clusters` entry); else the kubeconfig's cluster name. */
  cluster?: string;
}

const RESULTS: Record<RolloutResult['status'], DeliveryResult> = {
  succeeded: 'success',
  failed: 'failure',
  'rolled-back': 'rolled_back',
};

/**
 * The delivery of a rollout, or undefined when there is none to count: nothing was applied, no workload
 * was rolled out, or the run was cancelled (neither a success nor a change failure).
 */
export function rolloutDelivery(r: RolloutResult, c: DeliveryContext): Delivery | undefined {
  const m = r.moments;
  if (!m?.workload || m.decided === undefined || r.cancelled) return undefined;
  const committed = typeof c.commitTime === 'string' ? Date.parse(c.commitTime) : c.commitTime;
  const known = committed !== undefined && Number.isFinite(committed) ? committed : undefined;
  const result = RESULTS[r.status];
  // A fleet's cluster's deployment ends at its own verdict, not when the rest of the fleet let it go.
  const figures = deliveryFigures({
    committed: known,
    started: m.applied,
    decided: m.verified ?? m.decided,
    restored: m.restored,
    result,
  });
  // Verified, then rolled back because another cluster failed: its restore starts at that decision.
  if (m.verified !== undefined && result === 'rolled_back')
    figures.timeToRestore = deliveryFigures({
      started: m.decided,
      decided: m.decided,
      restored: m.restored,
      result,
    }).timeToRestore;
  return {
    figures,
    labels: {
      service: m.workload,
      namespace: m.namespace,
      cluster: c.cluster || m.cluster || undefined,
      environment: c.environment,
      version: c.version || versionFromRef(c.ref ?? '', c.tagPrefix) || undefined,
    },
    commit: c.commit || undefined,
    commitTime: known !== undefined ? rfc3339(Math.floor(known / 1000)) : undefined,
    verifiedBy: c.verified ? 'smoke test' : 'rollout',
  };
}

/** The delivery on the active span (the k8s-rollout stage's) and among the run's metrics. */
export function reportDelivery(d: Delivery | undefined): void {
  if (!d) return;
  activeSpan().set(deliverySpanAttributes(d));
  recordDelivery(d);
}

/** The context with its commit time read now, if it is to be read (`readCommitTime`). */
export async function withCommitTime(c: DeliveryContext): Promise<DeliveryContext> {
  if (c.commitTime !== undefined || !c.readCommitTime) return c;
  return { ...c, commitTime: await c.readCommitTime() };
}

/**
 * The commit's time for the k8s-rollout action alone, as epoch ms: describeSource of the checkout (the
 * same rule the build stamps: SOURCE_DATE_EPOCH, else the committer time) when it is at `sha`; without a
 * checkout, SOURCE_DATE_EPOCH; otherwise unknown. Never fails the rollout.
 */
export async function checkoutCommitTime(
  workspace: string,
  env: Record<string, string | undefined>,
  sha: string | undefined,
): Promise<number | undefined> {
  try {
    const s = await describeSource(workspace, { env: env as NodeJS.ProcessEnv });
    return !sha || s.commit === sha ? s.epoch * 1000 : undefined;
  } catch {
    try {
      const epoch = sourceDateEpoch(env as NodeJS.ProcessEnv);
      return epoch !== undefined ? epoch * 1000 : undefined;
    } catch {
      return undefined;
    }
  }
}
