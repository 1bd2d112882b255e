import type { KubeObject } from '@goship/cluster';
import { type ContainerStatus, condition, type KubeEvent, type PodStatus } from './types.js';

/*
 * Early failure detection: what a pod, ReplicaSet or workload condition says long before the progress
 * deadline does. kubectl and the deployment controller treat none of these as failures (kubernetes
 * #18568, kubectl#738); they only show up as "no progress" after progressDeadlineSeconds. Pure.
 */

export interface Failure {
  /** The workload that failed. */
  kind: string;
  namespace: string;
  name: string;
  reason: string;
  message: string;
  pod?: string;
  container?: string;
  /** The last events about the pod / ReplicaSet / workload, oldest first, formatted. */
  events?: string[];
}

export type FailureCause = Pick<Failure, 'reason' | 'message' | 'pod' | 'container'>;

/** Waiting reasons a kubelet reports for problems that do not fix themselves by waiting. */
const FATAL_WAITING = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/**
 * Messages of those reasons that the kubelet's next pod sync clears by itself: its ConfigMap/Secret watch cache
 * was not synced yet (a new namespace on a busy node: "failed to sync configmap cache: timed out waiting for
 * the condition", seen on the real node under load). Not a failure: the watch goes on, and a condition that
 * stays is still caught by the progress deadline and the timeout.
 */
const TRANSIENT_WAITING = /failed to sync (configmap|secret) cache/i;

export interface ClassifyOptions {
  /** Restarts at which a crash-looping container counts as failed. */
  failureThreshold: number;
  /**
   * Set while a rollout that looked complete is held (settle.ts): each container's restart count then
   * (`<pod uid>/<container>`; a pod not listed had none), any restart beyond it is a failure.
   */
  restartsAtComplete?: ReadonlyMap<string, number>;
}

export function podFailure(pod: KubeObject, opts: ClassifyOptions): FailureCause | undefined {
  if (pod.metadata.deletionTimestamp) return undefined;
  const status = (pod.status ?? {}) as PodStatus;
  const podName = pod.metadata.name;
  const scheduled = condition(status, 'PodScheduled');
  if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
    return { reason: 'Unschedulable', message: scheduled.message ?? 'no node can run the pod', pod: podName };
  }
  const init = containerFailure(status.initContainerStatuses, opts, true);
  if (init) return { ...init, pod: podName };
  const main = containerFailure(status.containerStatuses, opts, false);
  if (main) return { ...main, pod: podName };
  if (opts.restartsAtComplete) {
    for (const c of status.containerStatuses ?? []) {
      const before = opts.restartsAtComplete.get(`${pod.metadata.uid}/${c.name}`) ?? 0;
      // A workload's containers always restart: an exit is a crash as soon as the kubelet reports it,
      // before the restart that follows (which is a moment later).
      const exited = c.state?.terminated;
      if ((c.restartCount ?? 0) <= before && !exited) continue;
      const last = exited ?? c.lastState?.terminated;
      const exit = last ? `; exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}` : '';
      return {
        reason: 'CrashAfterReady',
        message: `container "${c.name}" ${exited ? 'exited' : 'restarted'} after the rollout looked complete (it has no readiness probe, so it counted as Ready as soon as it started)${exit}`,
        container: c.name,
        pod: podName,
      };
    }
  }
  return undefined;
}

/** Each container's restart count, by `<pod uid>/<container>` (see ClassifyOptions.restartsAtComplete). */
export function restartCounts(pods: KubeObject[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of pods)
    for (const c of ((p.status ?? {}) as PodStatus).containerStatuses ?? [])
      counts.set(`${p.metadata.uid}/${c.name}`, c.restartCount ?? 0);
  return counts;
}

function containerFailure(
  statuses: ContainerStatus[] | undefined,
  opts: ClassifyOptions,
  init: boolean,
): Omit<FailureCause, 'pod'> | undefined {
  const prefix = init ? 'Init:' : '';
  const what = init ? 'init container' : 'container';
  for (const c of statuses ?? []) {
    const waiting = c.state?.waiting;
    const restarts = c.restartCount ?? 0;
    const last = c.lastState?.terminated ?? c.state?.terminated;
    if (
      waiting?.reason &&
      FATAL_WAITING.has(waiting.reason) &&
      !TRANSIENT_WAITING.test(waiting.message ?? '')
    ) {
      return {
        reason: `${prefix}${waiting.reason}`,
        message: `${what} "${c.name}"${c.image ? ` (image ${c.image})` : ''}: ${waiting.message ?? waiting.reason}`,
        container: c.name,
      };
    }
    if (last?.reason === 'OOMKilled') {
      return {
        reason: `${prefix}OOMKilled`,
        message: `${what} "${c.name}" was killed for using more memory than its limit (exit code ${last.exitCode ?? 137}, ${restarts} restarts)`,
        container: c.name,
      };
    }
    const crashed =
      waiting?.reason === 'CrashLoopBackOff' || (last !== undefined && (last.exitCode ?? 0) !== 0);
    if (crashed && restarts >= opts.failureThreshold) {
      const exit = last
        ? `; last exit code ${last.exitCode}${last.reason ? ` (${last.reason})` : ''}${last.message ? `: ${last.message.trim()}` : ''}`
        : '';
      return {
        reason: `${prefix}CrashLoopBackOff`,
        message: `${what} "${c.name}" restarted ${restarts} times (failure-threshold ${opts.failureThreshold})${exit}`,
        container: c.name,
      };
    }
    // An init container of a pod that never restarts (Jobs with restartPolicy Never) fails for good at once.
    if (
      init &&
      c.state?.terminated &&
      (c.state.terminated.exitCode ?? 0) !== 0 &&
      restarts === 0 &&
      waiting === undefined
    ) {
      const t = c.state.terminated;
      return {
        reason: 'Init:Error',
        message: `init container "${c.name}" exited with code ${t.exitCode}${t.message ? `: ${t.message.trim()}` : ''}`,
        container: c.name,
      };
    }
  }
  return undefined;
}

/**
 * ReplicaFailure messages the controller's next attempt clears by itself: a controller's own service account
 * refused, which only happens while a restarted API server's authorizer has not synced its RBAC cache yet
 * (seen in CI right after an API server restart), or the API server not answering at all. A quota, an
 * admission webhook or PodSecurity (`violates PodSecurity`) stays a failure.
 */
const TRANSIENT_REPLICA_FAILURE =
  /User "system:serviceaccount:kube-system:[a-z-]+-controller" cannot create resource|connect: connection refused|connection reset by peer/;

/** ReplicaSet (or Deployment) condition ReplicaFailure=True: pods cannot even be created (quota, admission). */
export function replicaFailure(obj: KubeObject): FailureCause | undefined {
  const c = condition(obj.status, 'ReplicaFailure');
  if (c?.status !== 'True' || TRANSIENT_REPLICA_FAILURE.test(c.message ?? '')) return undefined;
  return {
    reason: `ReplicaFailure${c.reason ? `/${c.reason}` : ''}`,
    message: `${obj.kind} ${obj.metadata.name}: ${c.message ?? c.reason}`,
  };
}

function eventTime(e: KubeEvent): number {
  return (
    Date.parse(e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata.creationTimestamp ?? '') || 0
  );
}

/** The last `limit` events about the given objects (by uid), oldest first, one line each. */
export function lastEvents(events: Iterable<KubeEvent>, uids: Set<string>, limit = 5): string[] {
  return (
    [...events]
      .filter((e) => e.involvedObject?.uid && uids.has(e.involvedObject.uid))
      // Timestamps have whole seconds; the resourceVersion orders events written in the same second.
      .sort(
        (a, b) =>
          eventTime(a) - eventTime(b) ||
          Number(a.metadata.resourceVersion ?? 0) - Number(b.metadata.resourceVersion ?? 0),
      )
      .slice(-limit)
      .map((e) => {
        const count = (e.count ?? 1) > 1 ? ` (x${e.count})` : '';
        return `${e.type ?? 'Normal'} ${e.reason ?? ''}${count} ${e.involvedObject.kind ?? ''}/${e.involvedObject.name ?? ''}: ${(e.message ?? '').trim()}`;
      })
  );
}
