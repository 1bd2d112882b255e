import type { KubeObject } from '@goship/cluster';
import { type Condition, condition } from './types.js';

/*
 * Rollout completion rules, as `kubectl rollout status` has them (k8s.io/kubectl
 * pkg/polymorphichelpers/rollout_status.go), plus Jobs (complete/failed conditions, as `kubectl wait`).
 * Pure functions of one object's current state.
 */

export type ProgressState = 'waiting' | 'complete' | 'failed';

export interface Progress {
  state: ProgressState;
  message: string;
  /** For `failed`: the machine-readable reason (ProgressDeadlineExceeded, BackoffLimitExceeded, …). */
  reason?: string;
}

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

export interface StatusOptions {
  /**
   * Server time of our own change (apply or rollback). A ProgressDeadlineExceeded condition last updated
   * before it is left over from an earlier rollout and is ignored (kubectl does not, see kubernaut#199).
   */
  changedAt?: string;
}

export function deploymentProgress(d: KubeObject, opts: StatusOptions = {}): Progress {
  const name = d.metadata.name;
  const status = d.status ?? {};
  if ((d.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { state: 'waiting', message: 'waiting for the deployment spec update to be observed' };
  }
  const progressing = condition(status, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded' && !isStale(progressing, opts.changedAt)) {
    return {
      state: 'failed',
      reason: 'ProgressDeadlineExceeded',
      message: `deployment "${name}" exceeded its progress deadline (${d.spec?.progressDeadlineSeconds ?? 600}s)${progressing.message ? `: ${progressing.message}` : ''}`,
    };
  }
  const want = d.spec?.replicas ?? 1;
  const updated = status.updatedReplicas ?? 0;
  const replicas = status.replicas ?? 0;
  const available = status.availableReplicas ?? 0;
  if (updated < want)
    return { state: 'waiting', message: `${updated} of ${want} new replicas have been updated` };
  if (replicas > updated)
    return { state: 'waiting', message: `${replicas - updated} old replicas are pending termination` };
  if (available < updated)
    return { state: 'waiting', message: `${available} of ${updated} updated replicas are available` };
  return {
    state: 'complete',
    message: `deployment "${name}" successfully rolled out (${available}/${want} available)`,
  };
}

export function statefulSetProgress(s: KubeObject): Progress {
  const status = s.status ?? {};
  if (s.spec?.updateStrategy?.type && s.spec.updateStrategy.type !== 'RollingUpdate') {
    return {
      state: 'complete',
      message: `statefulset "${s.metadata.name}" uses the ${s.spec.updateStrategy.type} strategy: no rollout to wait for`,
    };
  }
  if (!status.observedGeneration || (s.metadata.generation ?? 0) > status.observedGeneration) {
    return { state: 'waiting', message: 'waiting for the statefulset spec update to be observed' };
  }
  const want = s.spec?.replicas ?? 1;
  if ((status.readyReplicas ?? 0) < want) {
    return { state: 'waiting', message: `${status.readyReplicas ?? 0} of ${want} pods are ready` };
  }
  const partition = s.spec?.updateStrategy?.rollingUpdate?.partition ?? 0;
  if (partition > 0) {
    if ((status.updatedReplicas ?? 0) < want - partition) {
      return {
        state: 'waiting',
        message: `${status.updatedReplicas ?? 0} of ${want - partition} pods updated (partition ${partition})`,
      };
    }
    return {
      state: 'complete',
      message: `partitioned roll out complete: ${status.updatedReplicas ?? 0} new pods`,
    };
  }
  if (status.updateRevision !== status.currentRevision) {
    return {
      state: 'waiting',
      message: `${status.updatedReplicas ?? 0} of ${want} pods at revision ${status.updateRevision}`,
    };
  }
  return {
    state: 'complete',
    message: `statefulset "${s.metadata.name}" rolled out (${want} pods at revision ${status.currentRevision})`,
  };
}

export function daemonSetProgress(ds: KubeObject): Progress {
  const status = ds.status ?? {};
  if (ds.spec?.updateStrategy?.type && ds.spec.updateStrategy.type !== 'RollingUpdate') {
    return {
      state: 'complete',
      message: `daemonset "${ds.metadata.name}" uses the ${ds.spec.updateStrategy.type} strategy: no rollout to wait for`,
    };
  }
  if ((ds.metadata.generation ?? 0) > (status.observedGeneration ?? 0)) {
    return { state: 'waiting', message: 'waiting for the daemonset spec update to be observed' };
  }
  const desired = status.desiredNumberScheduled ?? 0;
  if ((status.updatedNumberScheduled ?? 0) < desired) {
    return {
      state: 'waiting',
      message: `${status.updatedNumberScheduled ?? 0} of ${desired} updated pods are scheduled`,
    };
  }
  if ((status.numberAvailable ?? 0) < desired) {
    return {
      state: 'waiting',
      message: `${status.numberAvailable ?? 0} of ${desired} updated pods are available`,
    };
  }
  return {
    state: 'complete',
    message: `daemon set "${ds.metadata.name}" successfully rolled out (${desired} pods)`,
  };
}

export function jobProgress(job: KubeObject): Progress {
  const status = job.status ?? {};
  const failed = (status.conditions as Condition[] | undefined)?.find(
    (c) => c.type === 'Failed' && c.status === 'True',
  );
  if (failed) {
    return {
      state: 'failed',
      reason: failed.reason ?? 'JobFailed',
      message: `job "${job.metadata.name}" failed: ${failed.message ?? failed.reason}`,
    };
  }
  const complete = condition(status, 'Complete');
  if (complete?.status === 'True') {
    return {
      state: 'complete',
      message: `job "${job.metadata.name}" completed (${status.succeeded ?? 0} succeeded)`,
    };
  }
  const want = job.spec?.completions ?? 1;
  return {
    state: 'waiting',
    message: `${status.succeeded ?? 0} of ${want} completions, ${status.active ?? 0} active, ${status.failed ?? 0} failed`,
  };
}

/** `kind` explicitly: objects from a LIST carry no kind of their own. */
export function workloadProgress(obj: KubeObject, kind: string, opts: StatusOptions = {}): Progress {
  switch (kind) {
    case 'Deployment':
      return deploymentProgress(obj, opts);
    case 'StatefulSet':
      return statefulSetProgress(obj);
    case 'DaemonSet':
      return daemonSetProgress(obj);
    case 'Job':
      return jobProgress(obj);
    default:
      return { state: 'complete', message: `${kind} has no rollout` };
  }
}

/**
 * A condition written no later than our change is about an earlier rollout. Same second counts as stale:
 * timestamps have whole seconds, and a deadline that is really ours comes at least
 * progressDeadlineSeconds (≥ 1 s) after the change.
 */
export function isStale(c: Condition, changedAt: string | undefined): boolean {
  if (!changedAt) return false;
  const at = c.lastUpdateTime ?? c.lastTransitionTime;
  return at !== undefined && Date.parse(at) <= Date.parse(changedAt);
}
