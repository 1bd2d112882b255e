/*
 * A container without a readiness probe is Ready the moment it starts, so a release that crashes a second
 * later is "available" and `kubectl rollout status` reports success. When the new pod template has such
 * containers, the rollout is held for a settle window after it completes: the new pods are watched on,
 * with a crash counted at its first restart, and only a window without one is a success.
 */
import type { KubeObject, WorkloadKind } from '@goship/cluster';

export interface SettleWindow {
  ms: number;
  /** The containers that have no readiness probe (why the window applies). */
  unprobed: string[];
}

interface PodTemplate {
  spec?: { containers?: { name?: string; readinessProbe?: unknown }[] };
}

/**
 * The window a completed rollout is held for, or undefined: none asked for (0), a Job (it completes on
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
  return { ms: settleMs, unprobed };
}
