import type { KubeObject, WorkloadKind } from '@goship/cluster';
import {
  type ClassifyOptions,
  type Failure,
  type FailureCause,
  lastEvents,
  podFailure,
  replicaFailure,
} from './failure.js';
import { jsonEqual } from './selectors.js';
import { REVISION_ANNOTATION, workloadProgress } from './status.js';
import type { ContainerStatus, KubeEvent, PodStatus } from './types.js';

/*
 * One verdict from everything we know about a workload's rollout: the workload, its ReplicaSets, the
 * pods, the events. Pure, so recorded objects from a real API server replay it in unit tests.
 */

export interface RolloutSnapshot {
  workload?: KubeObject;
  /** Deployments only. */
  replicaSets: KubeObject[];
  pods: KubeObject[];
  events: KubeEvent[];
  /** The workload was deleted while we watched. */
  deleted?: boolean;
}

/** What we rolled out: the generation our change produced and the pod template it carries. */
export interface RolloutTarget {
  kind: WorkloadKind;
  namespace: string;
  name: string;
  generation: number;
  /** The pod template as the server stored it in our change; another template means someone else's rollout. */
  template?: unknown;
  /** Server time of our change (see StatusOptions.changedAt). */
  changedAt?: string;
}

export type Evaluation =
  | { state: 'waiting'; message: string; revision?: string }
  | { state: 'complete'; message: string; revision?: string }
  | { state: 'failed'; failure: Failure; revision?: string }
  | { state: 'superseded'; message: string; revision?: string };

export function evaluate(snap: RolloutSnapshot, target: RolloutTarget, opts: ClassifyOptions): Evaluation {
  const w = snap.workload;
  const ref = { kind: target.kind, namespace: target.namespace, name: target.name };
  if (snap.deleted) {
    return {
      state: 'failed',
      failure: {
        ...ref,
        reason: 'Deleted',
        message: `${target.kind} ${target.name} was deleted during the rollout`,
      },
    };
  }
  if (!w) return { state: 'waiting', message: `waiting for ${target.kind} ${target.name} to appear` };
  const revision = revisionOf(w, target.kind);
  if (
    target.template !== undefined &&
    target.kind !== 'Job' &&
    !jsonEqual(w.spec?.template, target.template)
  ) {
    return {
      state: 'superseded',
      revision,
      message: `${target.kind} ${target.namespace}/${target.name} was changed by someone else during the rollout (now generation ${w.metadata.generation}${revision ? `, revision ${revision}` : ''}): its pod template is no longer the one we applied`,
    };
  }
  // Jobs have no observedGeneration (their template is immutable: there is only one revision).
  const observed = target.kind === 'Job' || (w.status?.observedGeneration ?? 0) >= target.generation;
  const owner = observed ? currentOwner(snap, target) : undefined;
  const newPods = owner ? snap.pods.filter((p) => isOwnedBy(p, owner.uid, owner.labels)) : [];
  const fail = (cause: FailureCause, extraUids: string[] = []): Evaluation => {
    const uids = new Set([w.metadata.uid!, ...(owner ? [owner.uid] : []), ...extraUids]);
    const pod = cause.pod ? snap.pods.find((p) => p.metadata.name === cause.pod) : undefined;
    if (pod?.metadata.uid) uids.add(pod.metadata.uid);
    return {
      state: 'failed',
      revision,
      failure: { ...ref, ...cause, events: lastEvents(snap.events, uids) },
    };
  };

  // Early signals first: they are what the deadline would eventually report, only minutes sooner.
  if (owner?.object) {
    const rf = replicaFailure(owner.object);
    if (rf) return fail(rf);
  }
  const wf = target.kind === 'Deployment' ? replicaFailure(w) : undefined;
  if (wf && observed) return fail(wf);
  for (const pod of newPods) {
    const cause = podFailure(pod, opts);
    if (cause) return fail(cause);
  }

  const progress = workloadProgress(w, target.kind, { changedAt: target.changedAt });
  if (progress.state === 'failed') {
    // Say why there was no progress: the pods that are not ready and what they report.
    const stuck = newPods.filter((p) => !isReady(p)).slice(0, 3);
    const detail = stuck.length > 0 ? `; not ready: ${stuck.map(describePod).join('; ')}` : '';
    return fail(
      {
        reason: progress.reason ?? 'Failed',
        message: progress.message + detail,
        pod: stuck[0]?.metadata.name,
      },
      stuck.map((p) => p.metadata.uid!).filter(Boolean),
    );
  }
  if (progress.state === 'complete' && observed)
    return { state: 'complete', message: progress.message, revision };
  // Pods held in Init (a dependency not there yet) are waiting, not failing: name what they wait for.
  const initWait = newPods.map(waitingInit).find(Boolean);
  return {
    state: 'waiting',
    message: initWait ? `${progress.message}; ${initWait}` : progress.message,
    revision,
  };
}

/** `waiting for init container wait-db (pod x)` while a pod's init container runs or waits, else undefined. */
function waitingInit(pod: KubeObject): string | undefined {
  const status = (pod.status ?? {}) as PodStatus;
  const running = (status.initContainerStatuses ?? []).find((c) => !c.ready && !c.state?.terminated);
  return running ? `waiting for init container ${running.name} (pod ${pod.metadata.name})` : undefined;
}

export function revisionOf(w: KubeObject, kind = w.kind): string | undefined {
  if (kind === 'Deployment') return w.metadata.annotations?.[REVISION_ANNOTATION];
  if (kind === 'StatefulSet') return w.status?.updateRevision;
  if (kind === 'DaemonSet') return w.metadata.annotations?.['deprecated.daemonset.template.generation'];
  return undefined;
}

/** The object whose pods are the new revision's: the new ReplicaSet, or the workload itself with a label filter. */
function currentOwner(
  snap: RolloutSnapshot,
  target: RolloutTarget,
): { uid: string; object?: KubeObject; labels?: Record<string, string> } | undefined {
  const w = snap.workload!;
  switch (target.kind) {
    case 'Deployment': {
      const rs = newReplicaSet(w, snap.replicaSets);
      return rs ? { uid: rs.metadata.uid!, object: rs } : undefined;
    }
    case 'StatefulSet':
      return w.status?.updateRevision
        ? { uid: w.metadata.uid!, labels: { 'controller-revision-hash': w.status.updateRevision } }
        : undefined;
    case 'DaemonSet': {
      const gen = w.metadata.annotations?.['deprecated.daemonset.template.generation'];
      return { uid: w.metadata.uid!, labels: gen ? { 'pod-template-generation': gen } : undefined };
    }
    case 'Job':
      return { uid: w.metadata.uid! };
  }
}

/** The ReplicaSet whose template is the Deployment's (ignoring pod-template-hash), as the controller finds it. */
export function newReplicaSet(d: KubeObject, replicaSets: KubeObject[]): KubeObject | undefined {
  const owned = replicaSets.filter((rs) => isOwnedBy(rs, d.metadata.uid!));
  const template = d.spec?.template;
  return owned
    .filter((rs) => jsonEqual(withoutHash(rs.spec?.template), withoutHash(template)))
    .sort((a, b) =>
      (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? ''),
    )[0];
}

export function withoutHash(template: unknown): unknown {
  if (!template || typeof template !== 'object') return template;
  const t = structuredClone(template) as { metadata?: { labels?: Record<string, string> } };
  if (t.metadata?.labels) {
    delete t.metadata.labels['pod-template-hash'];
    if (Object.keys(t.metadata.labels).length === 0) delete t.metadata.labels;
  }
  return t;
}

export function isOwnedBy(obj: KubeObject, uid: string, labels?: Record<string, string>): boolean {
  if (!obj.metadata.ownerReferences?.some((o) => o.uid === uid)) return false;
  return Object.entries(labels ?? {}).every(([k, v]) => obj.metadata.labels?.[k] === v);
}

function isReady(pod: KubeObject): boolean {
  return (
    pod.status?.conditions?.some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    ) ?? false
  );
}

/** `name (Running, container app: running, not ready)` — one pod's state in a line. */
export function describePod(pod: KubeObject): string {
  const status = (pod.status ?? {}) as PodStatus;
  const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.status === 'False')
    return `${pod.metadata.name} (${scheduled.reason}: ${scheduled.message ?? ''})`;
  const containers = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])].map(
    describeContainer,
  );
  return `${pod.metadata.name} (${status.phase ?? 'Unknown'}${containers.length ? `, ${containers.join(', ')}` : ''})`;
}

function describeContainer(c: ContainerStatus): string {
  const s = c.state ?? {};
  const state = s.waiting
    ? `waiting ${s.waiting.reason ?? ''}`
    : s.terminated
      ? `terminated ${s.terminated.reason ?? s.terminated.exitCode}`
      : s.running
        ? 'running'
        : 'unknown';
  return `${c.name}: ${state}${c.ready ? '' : ', not ready'}${c.restartCount ? `, ${c.restartCount} restarts` : ''}`;
}
