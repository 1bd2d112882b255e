import { type KubeClient, type KubeObject, type ResourceInfo, resourcePath } from '@goship/cluster';
import { formatMs } from '@goship/kit';
import {
  type Evaluation,
  evaluate,
  newReplicaSet,
  type RolloutSnapshot,
  type RolloutTarget,
  revisionOf,
} from './evaluate.js';
import { type ClassifyOptions, restartCounts } from './failure.js';
import { selectorString } from './selectors.js';
import { MIN_HOLD_MS, type SettleWindow, START_MULTIPLE, StartClock, settleWindow } from './settle.js';
import type { KubeEvent } from './types.js';
import { type WatchHandlers, watchCollection } from './watch.js';

/*
 * Watches one workload's rollout — the workload, its ReplicaSets, its pods, the namespace's events —
 * and re-evaluates on every change, so a failure is reported within moments of the kubelet (or kwok)
 * writing it, not at the next poll or the progress deadline.
 */

export type MonitorResult = (Evaluation | { state: 'interrupted'; message: string; revision?: string }) & {
  /** What runs the new release when it completed: a Deployment's new ReplicaSet, and the pods of the release. */
  running?: { replicaSet?: string; pods: string[] };
};

export interface MonitorOptions extends ClassifyOptions {
  /** Aborting it stops every watch; the result is then `interrupted` with the last state seen. */
  signal: AbortSignal;
  /** Called when the progress message changes (for the log). */
  onProgress?: (message: string) => void;
  /** Called once, when the rollout first looks complete: `held` when the hold (settle.ts) starts then. */
  onComplete?: (held: boolean) => void;
  /** The most a completed rollout of containers without readiness probes is watched on (see settle.ts). */
  settleMs?: number;
}

/** How long a failure verdict waits for the events that explain it (they trail the pod status). */
const EVENT_GRACE_MS = 300;

const APPS = { group: 'apps', version: 'v1', apiVersion: 'apps/v1' };
const CORE = { group: '', version: 'v1', apiVersion: 'v1' };

export async function monitorWorkload(
  client: KubeClient,
  target: RolloutTarget,
  opts: MonitorOptions,
): Promise<MonitorResult> {
  return new WorkloadMonitor(client, target, opts).run();
}

type Failed = Extract<Evaluation, { state: 'failed' }>;

/** The resource of the workload itself: a Job, or one of the apps/v1 kinds. */
function workloadInfo(kind: RolloutTarget['kind']): ResourceInfo {
  return kind === 'Job'
    ? {
        group: 'batch',
        version: 'v1',
        apiVersion: 'batch/v1',
        kind: 'Job',
        resource: 'jobs',
        namespaced: true,
      }
    : { ...APPS, kind, resource: `${kind.toLowerCase()}s`, namespaced: true };
}

/** One monitorWorkload call: the watches' stores, the latest verdict, the settle window. */
class WorkloadMonitor {
  private readonly client: KubeClient;
  private readonly target: RolloutTarget;
  private readonly opts: MonitorOptions;
  private readonly ns: string;
  private readonly snap: RolloutSnapshot = { replicaSets: [], pods: [], events: [] };
  private readonly stores = {
    replicaSets: new Map<string, KubeObject>(),
    pods: new Map<string, KubeObject>(),
    events: new Map<string, KubeEvent>(),
  };
  private readonly inner = new AbortController();
  private lastMessage = '';
  private failedAt: Failed | undefined;
  // While settling, a crash counts at its first restart (there is no probe to wait for).
  private settling:
    | { timer: NodeJS.Timeout; window: SettleWindow; restarts: Map<string, number>; since: number }
    | undefined;
  private readonly startClock = new StartClock();
  private completeReported = false;
  private done = false;
  private readonly result: Promise<MonitorResult>;
  private resolveResult: (r: MonitorResult) => void = () => {};
  private readonly failed: Promise<never>;
  private rejectResult: (err: unknown) => void = () => {};
  // The pods/ReplicaSets watches need the workload's selector: they start once the workload is known.
  private selectorWatches: Promise<void>[] | undefined;

  constructor(client: KubeClient, target: RolloutTarget, opts: MonitorOptions) {
    this.client = client;
    this.target = target;
    this.opts = opts;
    this.ns = target.namespace;
    this.result = new Promise<MonitorResult>((resolve) => {
      this.resolveResult = resolve;
    });
    this.failed = new Promise<never>((_, reject) => {
      this.rejectResult = reject;
    });
  }

  async run(): Promise<MonitorResult> {
    const { signal } = this.opts;
    signal.addEventListener('abort', this.stopInner, { once: true });
    const workloadWatch = this.watchWorkload();
    const eventsWatch = this.watchCollection(
      { ...CORE, kind: 'Event', resource: 'events', namespaced: true },
      `events in ${this.ns}`,
      {},
      this.store(this.stores.events),
    );
    workloadWatch.catch(this.fail);
    eventsWatch.catch(this.fail);

    if (signal.aborted) this.onAbort();
    else signal.addEventListener('abort', this.onAbort, { once: true });
    try {
      return await Promise.race([this.result, this.failed]);
    } finally {
      if (this.settling) clearTimeout(this.settling.timer);
      signal.removeEventListener('abort', this.onAbort);
      signal.removeEventListener('abort', this.stopInner);
      this.inner.abort();
      // Let every watch close its connection before we report (a clean stop, nothing left running).
      await Promise.allSettled([workloadWatch, eventsWatch, ...(this.selectorWatches ?? [])]);
    }
  }

  private readonly stopInner = () => this.inner.abort(this.opts.signal.reason);

  private readonly onAbort = () =>
    this.finish(
      this.failedAt ?? {
        state: 'interrupted',
        message: this.lastMessage || 'no status seen yet',
        revision: this.snap.workload ? revisionOf(this.snap.workload, this.target.kind) : undefined,
      },
    );

  private readonly fail = (err: unknown) => {
    if (!this.done) {
      this.done = true;
      this.inner.abort();
      this.rejectResult(err);
    }
  };

  private finish(r: MonitorResult): void {
    if (this.done) return;
    this.done = true;
    this.resolveResult(r.state === 'complete' ? { ...r, running: this.running() } : r);
    this.inner.abort();
  }

  /** The new ReplicaSet (a Deployment's) and the live pods of the new release (telemetry's deploy span). */
  private running(): { replicaSet?: string; pods: string[] } {
    const { snap, target } = this;
    const rs =
      target.kind === 'Deployment' && snap.workload
        ? newReplicaSet(snap.workload, snap.replicaSets)
        : undefined;
    const pods = snap.pods.filter(
      (p) =>
        !p.metadata.deletionTimestamp &&
        (!rs || p.metadata.ownerReferences?.some((o) => o.uid === rs.metadata.uid)),
    );
    return { replicaSet: rs?.metadata.name, pods: pods.map((p) => p.metadata.name!).sort() };
  }

  private classify(): ClassifyOptions {
    return this.settling ? { ...this.opts, restartsAtComplete: this.settling.restarts } : this.opts;
  }

  private reevaluate(): void {
    if (this.done) return;
    const { snap, stores } = this;
    snap.replicaSets = [...stores.replicaSets.values()];
    snap.pods = [...stores.pods.values()];
    snap.events = [...stores.events.values()];
    const ev = evaluate(snap, this.target, this.classify());
    if (ev.state === 'complete' && !this.settling) {
      const held = this.startSettling(ev);
      if (!this.completeReported) {
        this.completeReported = true;
        this.opts.onComplete?.(held);
      }
      if (held) return;
    }
    if (ev.state === 'complete' && this.settling) return;
    if (ev.state === 'waiting') {
      if (snap.workload && ev.message !== this.lastMessage) {
        this.lastMessage = ev.message;
        this.opts.onProgress?.(ev.message);
      }
      return;
    }
    if (ev.state !== 'failed') {
      this.finish(ev);
      return;
    }
    this.failAfterGrace(ev);
  }

  /** Holds a completed rollout whose containers have no readiness probe (see settle.ts); false when none is needed. */
  private startSettling(ev: Extract<Evaluation, { state: 'complete' }>): boolean {
    const { snap, target } = this;
    const window = settleWindow(target.kind, target.template, snap.workload, this.opts.settleMs ?? 0);
    if (!window) return false;
    const now = performance.now();
    const holdMs = Math.max(0, this.startClock.holdUntil(snap.pods, window, now) - now);
    this.opts.onProgress?.(
      `${ev.message}; watching the new pods for ${formatMs(holdMs)} more: ${window.unprobed.join(', ')} ${window.unprobed.length === 1 ? 'has' : 'have'} no readiness probe, so Ready does not mean it stays up (each new container is held until it has run ${START_MULTIPLE}× its observed start, ${formatMs(MIN_HOLD_MS)} to ${formatMs(window.maxMs)})`,
    );
    this.settling = {
      window,
      timer: setTimeout(this.settled, holdMs),
      restarts: restartCounts(snap.pods),
      since: now,
    };
    return true;
  }

  // The window ended: complete still → success; anything else is judged as usual (a pod that went
  // unready is waited for again, and settles again once complete).
  private readonly settled = () => {
    if (this.done || !this.settling) return;
    const { window, since } = this.settling;
    const ev = evaluate(this.snap, this.target, this.classify());
    // A pod that appeared or restarted while held has its own hold: wait for it too.
    const now = performance.now();
    const until = this.startClock.holdUntil(this.snap.pods, window, now);
    if (ev.state === 'complete' && until > now) {
      this.settling.timer = setTimeout(this.settled, until - now);
      return;
    }
    this.settling = undefined;
    if (ev.state === 'complete')
      this.finish({
        ...ev,
        message: `${ev.message}; no restarts in ${formatMs(now - since)} after Ready (${window.unprobed.join(', ')}: no readiness probe)`,
      });
    else this.reevaluate();
  };

  private failAfterGrace(ev: Failed): void {
    if (this.settling) clearTimeout(this.settling.timer);
    // A kubelet writes the container state a moment before the event that explains it: give the events
    // a short grace so the report carries them, then take the latest verdict (still a failure, or this one).
    if (this.failedAt !== undefined) return;
    this.failedAt = ev;
    setTimeout(() => {
      if (this.done) return;
      this.snap.events = [...this.stores.events.values()];
      const again = evaluate(this.snap, this.target, this.classify());
      this.finish(again.state === 'failed' ? again : this.failedAt!);
    }, EVENT_GRACE_MS);
  }

  private store<T extends KubeObject>(map: Map<string, T>): WatchHandlers<T> {
    return {
      onSync: (items) => {
        map.clear();
        for (const i of items) map.set(i.metadata.uid!, i);
        if (map === this.stores.pods) for (const p of items) this.startClock.observe(p, performance.now());
        this.reevaluate();
      },
      onEvent: (type, obj) => {
        if (type === 'DELETED') map.delete(obj.metadata.uid!);
        else map.set(obj.metadata.uid!, obj);
        if (map === this.stores.pods && type !== 'DELETED') this.startClock.observe(obj, performance.now());
        this.reevaluate();
      },
    };
  }

  private watchCollection<T extends KubeObject>(
    info: ResourceInfo,
    label: string,
    selectors: { labelSelector?: string; fieldSelector?: string },
    handlers: WatchHandlers<T>,
  ): Promise<void> {
    return watchCollection(
      this.client,
      { path: resourcePath(info, this.ns), ...selectors, signal: this.inner.signal, label },
      handlers,
    );
  }

  private watchWorkload(): Promise<void> {
    const { snap, target } = this;
    return this.watchCollection<KubeObject>(
      workloadInfo(target.kind),
      `${target.kind} ${this.ns}/${target.name}`,
      { fieldSelector: `metadata.name=${target.name}` },
      {
        onSync: (items) => {
          snap.deleted = items.length === 0 && snap.workload !== undefined;
          snap.workload = items[0] ?? snap.workload;
          if (snap.workload) this.startSelectorWatches(snap.workload);
          this.reevaluate();
        },
        onEvent: (type, obj) => {
          if (type === 'DELETED') snap.deleted = true;
          else {
            snap.workload = obj;
            this.startSelectorWatches(obj);
          }
          this.reevaluate();
        },
      },
    );
  }

  private startSelectorWatches(w: KubeObject): void {
    if (this.selectorWatches) return;
    const { ns, target } = this;
    const labelSelector = selectorString(w.spec?.selector) || `controller-uid=${w.metadata.uid}`;
    this.selectorWatches = [
      this.watchCollection(
        { ...CORE, kind: 'Pod', resource: 'pods', namespaced: true },
        `pods of ${target.kind} ${ns}/${target.name}`,
        { labelSelector },
        this.store(this.stores.pods),
      ),
    ];
    if (target.kind === 'Deployment') {
      this.selectorWatches.push(
        this.watchCollection(
          { ...APPS, kind: 'ReplicaSet', resource: 'replicasets', namespaced: true },
          `replicasets of ${ns}/${target.name}`,
          { labelSelector },
          this.store(this.stores.replicaSets),
        ),
      );
    }
    for (const p of this.selectorWatches) p.catch(this.fail);
  }
}
