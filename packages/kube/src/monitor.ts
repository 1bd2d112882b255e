import { type KubeClient, type KubeObject, resourcePath } from '@goship/cluster';
import {
  type Evaluation,
  evaluate,
  type RolloutSnapshot,
  type RolloutTarget,
  revisionOf,
} from './evaluate.js';
import { type ClassifyOptions, restartCounts } from './failure.js';
import { selectorString } from './selectors.js';
import { type SettleWindow, settleWindow } from './settle.js';
import type { KubeEvent } from './types.js';
import { type WatchHandlers, watchCollection } from './watch.js';

/*
 * Watches one workload's rollout — the workload, its ReplicaSets, its pods, the namespace's events —
 * and re-evaluates on every change, so a failure is reported within moments of the kubelet (or kwok)
 * writing it, not at the next poll or the progress deadline.
 */

export type MonitorResult = Evaluation | { state: 'interrupted'; message: string; revision?: string };

export interface MonitorOptions extends ClassifyOptions {
  /** Aborting it stops every watch; the result is then `interrupted` with the last state seen. */
  signal: AbortSignal;
  /** Called when the progress message changes (for the log). */
  onProgress?: (message: string) => void;
  /** How long a completed rollout of containers without readiness probes is watched on (see settle.ts). */
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
  const ns = target.namespace;
  const workloadInfo =
    target.kind === 'Job'
      ? {
          group: 'batch',
          version: 'v1',
          apiVersion: 'batch/v1',
          kind: 'Job',
          resource: 'jobs',
          namespaced: true,
        }
      : { ...APPS, kind: target.kind, resource: `${target.kind.toLowerCase()}s`, namespaced: true };
  const path = (info: typeof workloadInfo) => resourcePath(info, ns);

  const snap: RolloutSnapshot = { replicaSets: [], pods: [], events: [] };
  const stores = {
    replicaSets: new Map<string, KubeObject>(),
    pods: new Map<string, KubeObject>(),
    events: new Map<string, KubeEvent>(),
  };
  const inner = new AbortController();
  const stopInner = () => inner.abort(opts.signal.reason);
  opts.signal.addEventListener('abort', stopInner, { once: true });

  let lastMessage = '';
  let failedAt: Extract<Evaluation, { state: 'failed' }> | undefined;
  // While settling, a crash counts at its first restart (there is no probe to wait for).
  let settling: { timer: NodeJS.Timeout; window: SettleWindow; restarts: Map<string, number> } | undefined;
  const classify = (): ClassifyOptions =>
    settling ? { ...opts, restartsAtComplete: settling.restarts } : opts;
  let settle!: (r: MonitorResult) => void;
  const result = new Promise<MonitorResult>((resolve) => {
    settle = resolve;
  });
  let done = false;
  const finish = (r: MonitorResult) => {
    if (done) return;
    done = true;
    settle(r);
    inner.abort();
  };
  const reevaluate = () => {
    if (done) return;
    snap.replicaSets = [...stores.replicaSets.values()];
    snap.pods = [...stores.pods.values()];
    snap.events = [...stores.events.values()];
    const ev = evaluate(snap, target, classify());
    if (ev.state === 'complete' && !settling) {
      const window = settleWindow(target.kind, target.template, snap.workload, opts.settleMs ?? 0);
      if (window) {
        opts.onProgress?.(
          `${ev.message}; watching the new pods for ${window.ms / 1000}s more: ${window.unprobed.join(', ')} ${window.unprobed.length === 1 ? 'has' : 'have'} no readiness probe, so Ready does not mean it stays up`,
        );
        settling = { window, timer: setTimeout(settled, window.ms), restarts: restartCounts(snap.pods) };
        return;
      }
    }
    if (ev.state === 'complete' && settling) return;
    if (ev.state === 'waiting') {
      if (snap.workload && ev.message !== lastMessage) {
        lastMessage = ev.message;
        opts.onProgress?.(ev.message);
      }
      return;
    }
    if (ev.state !== 'failed') {
      finish(ev);
      return;
    }
    if (settling) clearTimeout(settling.timer);
    // A kubelet writes the container state a moment before the event that explains it: give the events
    // a short grace so the report carries them, then take the latest verdict (still a failure, or this one).
    if (failedAt !== undefined) return;
    failedAt = ev;
    setTimeout(() => {
      if (done) return;
      snap.events = [...stores.events.values()];
      const again = evaluate(snap, target, classify());
      finish(again.state === 'failed' ? again : failedAt!);
    }, EVENT_GRACE_MS);
  };
  // The window ended: complete still → success; anything else is judged as usual (a pod that went
  // unready is waited for again, and settles again once complete).
  const settled = () => {
    if (done || !settling) return;
    const { window } = settling;
    const ev = evaluate(snap, target, classify());
    settling = undefined;
    if (ev.state === 'complete')
      finish({
        ...ev,
        message: `${ev.message}; no restarts in ${window.ms / 1000}s after Ready (${window.unprobed.join(', ')}: no readiness probe)`,
      });
    else reevaluate();
  };
  const store = <T extends KubeObject>(map: Map<string, T>): WatchHandlers<T> => ({
    onSync(items) {
      map.clear();
      for (const i of items) map.set(i.metadata.uid!, i);
      reevaluate();
    },
    onEvent(type, obj) {
      if (type === 'DELETED') map.delete(obj.metadata.uid!);
      else map.set(obj.metadata.uid!, obj);
      reevaluate();
    },
  });

  // The pods/ReplicaSets watches need the workload's selector: start them once the workload is known.
  let selectorWatches: Promise<void>[] | undefined;
  const startSelectorWatches = (w: KubeObject) => {
    if (selectorWatches) return;
    const selector = selectorString(w.spec?.selector) || `controller-uid=${w.metadata.uid}`;
    selectorWatches = [
      watchCollection(
        client,
        {
          path: resourcePath({ ...CORE, kind: 'Pod', resource: 'pods', namespaced: true }, ns),
          labelSelector: selector,
          signal: inner.signal,
          label: `pods of ${target.kind} ${ns}/${target.name}`,
        },
        store(stores.pods),
      ),
    ];
    if (target.kind === 'Deployment') {
      selectorWatches.push(
        watchCollection(
          client,
          {
            path: resourcePath(
              { ...APPS, kind: 'ReplicaSet', resource: 'replicasets', namespaced: true },
              ns,
            ),
            labelSelector: selector,
            signal: inner.signal,
            label: `replicasets of ${ns}/${target.name}`,
          },
          store(stores.replicaSets),
        ),
      );
    }
    for (const p of selectorWatches) p.catch(fail);
  };
  const fail = (err: unknown) => {
    if (!done) {
      done = true;
      inner.abort();
      rejectResult(err);
    }
  };
  let rejectResult!: (err: unknown) => void;
  const failed = new Promise<never>((_, reject) => {
    rejectResult = reject;
  });

  const workloadWatch = watchCollection<KubeObject>(
    client,
    {
      path: path(workloadInfo),
      fieldSelector: `metadata.name=${target.name}`,
      signal: inner.signal,
      label: `${target.kind} ${ns}/${target.name}`,
    },
    {
      onSync(items) {
        snap.deleted = items.length === 0 && snap.workload !== undefined;
        snap.workload = items[0] ?? snap.workload;
        if (snap.workload) startSelectorWatches(snap.workload);
        reevaluate();
      },
      onEvent(type, obj) {
        if (type === 'DELETED') snap.deleted = true;
        else {
          snap.workload = obj;
          startSelectorWatches(obj);
        }
        reevaluate();
      },
    },
  );
  const eventsWatch = watchCollection(
    client,
    {
      path: resourcePath({ ...CORE, kind: 'Event', resource: 'events', namespaced: true }, ns),
      signal: inner.signal,
      label: `events in ${ns}`,
    },
    store(stores.events),
  );
  workloadWatch.catch(fail);
  eventsWatch.catch(fail);

  const onAbort = () =>
    finish(
      failedAt ?? {
        state: 'interrupted',
        message: lastMessage || 'no status seen yet',
        revision: snap.workload ? revisionOf(snap.workload, target.kind) : undefined,
      },
    );

  if (opts.signal.aborted) onAbort();
  else opts.signal.addEventListener('abort', onAbort, { once: true });
  try {
    return await Promise.race([result, failed]);
  } finally {
    if (settling) clearTimeout(settling.timer);
    opts.signal.removeEventListener('abort', onAbort);
    opts.signal.removeEventListener('abort', stopInner);
    inner.abort();
    // Let every watch close its connection before we report (a clean stop, nothing left running).
    await Promise.allSettled([workloadWatch, eventsWatch, ...(selectorWatches ?? [])]);
  }
}
