/*
 * A container without a readiness probe is Ready the moment it starts, so a release that crashes a second
 * later is "available" and `kubectl rollout status` reports success. When the new pod template has such
 * containers, the rollout is held after it completes: the new pods are watched on, with a crash counted at
 * its first restart, and only a hold without one is a success.
 *
 * The hold costs what the evidence needs, not a flat settle-time: each unprobed container of the new pods
 * must have been seen running for START_MULTIPLE times its observed start (pod seen → container seen
 * running, both on this process's clock, so a node's clock skew does not matter), at least MIN_HOLD_MS (the
 * kubelet's 1 s relist plus the status write and the watch event: a crash is seen about 1.5 s after it
 * happens), at most settle-time. A container already running when first seen (a fast node can start it
 * before the pod watch is up) has its start read from its own timestamps instead (created → startedAt, whole
 * seconds, so taken 1 s longer), counted from when it was first seen; without them it is held for the whole
 * settle-time. Uptime gathered while the rollout was still progressing counts, so the first pods of a
 * rolling update are usually past their hold when the last one starts.
 */
import type { KubeObject, WorkloadKind } from '@goship/cluster';

export const START_MULTIPLE = 3;
export const MIN_HOLD_MS = 3000;

export interface SettleWindow {
  /** The most a completed rollout is held (settle-time). */
  maxMs: number;
  /** The containers that have no readiness probe (why the window applies). */
  unprobed: string[];
}

interface PodTemplate {
  spec?: { containers?: { name?: string; readinessProbe?: unknown }[] };
}

interface ContainerStatus {
  name: string;
  restartCount?: number;
  state?: { running?: { startedAt?: string } };
}

/**
 * The window a completed rollout may be held for, or undefined: none asked for (0), a Job (it completes on
 * its own terms), every container probed, or the workload's own minReadySeconds already covers it.
 */
export function settleWindow(
  kind: WorkloadKind,
  template: unknown,
  workload: KubeObject | undefined,
  settleMs: number,
): SettleWindow | undefined {
  if (settleMs <= 0 || kind === 'Job') return undefined;
  const containers = (template as PodTemplate | undefined)?.spec?.containers ?? [];
  const unprobed = containers.filter((c) => c.readinessProbe === undefined).map((c) => c.name ?? '?');
  if (unprobed.length === 0) return undefined;
  const minReadyMs = Number(workload?.spec?.minReadySeconds ?? 0) * 1000;
  if (minReadyMs >= settleMs) return undefined;
  return { maxMs: settleMs, unprobed };
}

/** When this process first saw each pod, and each container instance of it running. */
export class StartClock {
  private readonly podSeen = new Map<string, { at: number; running: boolean }>();
  /** Each running container instance: when first seen running, and its start when read from timestamps. */
  private readonly runningSeen = new Map<string, { at: number; startMs?: number }>();

  /** Records what is new in `pod` at `now` (ms on a monotonic clock). */
  observe(pod: KubeObject, now: number): void {
    const uid = pod.metadata.uid ?? pod.metadata.name ?? '';
    const statuses = ((pod.status?.containerStatuses ?? []) as ContainerStatus[]).filter(
      (c) => c.state?.running,
    );
    const firstSight = !this.podSeen.has(uid);
    if (firstSight) this.podSeen.set(uid, { at: now, running: statuses.length > 0 });
    for (const c of statuses) {
      const key = instanceKey(uid, c);
      if (this.runningSeen.has(key)) continue;
      this.runningSeen.set(key, { at: now, startMs: firstSight ? startFromTimestamps(pod, c) : undefined });
    }
  }

  /**
   * When the hold of these pods' unprobed containers ends (ms, same clock): the latest end among them.
   * A container not running yet is not settled: the hold is then at least settle-time from now.
   */
  holdUntil(pods: readonly KubeObject[], window: SettleWindow, now: number): number {
    let until = now;
    for (const pod of pods) {
      if (pod.metadata.deletionTimestamp) continue;
      const uid = pod.metadata.uid ?? pod.metadata.name ?? '';
      const seen = this.podSeen.get(uid);
      const statuses = (pod.status?.containerStatuses ?? []) as ContainerStatus[];
      for (const name of window.unprobed) {
        const c = statuses.find((s) => s.name === name);
        const running = c?.state?.running ? this.runningSeen.get(instanceKey(uid, c)) : undefined;
        if (seen === undefined || running === undefined) {
          until = Math.max(until, now + window.maxMs);
          continue;
        }
        const observedStart = seen.running ? running.startMs : running.at - seen.at;
        const hold =
          observedStart === undefined
            ? window.maxMs
            : Math.min(window.maxMs, Math.max(MIN_HOLD_MS, START_MULTIPLE * observedStart));
        until = Math.max(until, running.at + hold);
      }
    }
    return until;
  }
}

/**
 * created → startedAt of a container first seen running, from whole-second timestamps written by two
 * clocks (the API server's and the node's): the difference plus 1 s, so that it is never short; undefined
 * when either is missing or the node's clock is behind by more than that.
 */
function startFromTimestamps(pod: KubeObject, c: ContainerStatus): number | undefined {
  const created = Date.parse(String(pod.metadata.creationTimestamp ?? ''));
  const started = Date.parse(c.state?.running?.startedAt ?? '');
  if (Number.isNaN(created) || Number.isNaN(started) || started + 1000 < created) return undefined;
  return Math.max(0, started - created) + 1000;
}

/** A container instance: a restart is a new one, whose uptime starts again. */
function instanceKey(uid: string, c: ContainerStatus): string {
  return `${uid}/${c.name}/${c.restartCount ?? 0}`;
}
