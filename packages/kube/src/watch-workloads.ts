import { type KubeClient, objectRef } from '@goship/cluster';
import { span } from '@goship/kit';
import type { RolloutTarget } from './evaluate.js';
import { type MonitorResult, monitorWorkload } from './monitor.js';
import type { Applied, RolloutOptions, WorkloadOutcome } from './rollout.js';

/*
 * The watch of a set of applied workloads, which both the rollout and the rollback use: one monitor per
 * workload, the first failure stopping the others, a log line per progress and per outcome.
 */

export async function watchAll(
  client: KubeClient,
  items: Applied[],
  opts: RolloutOptions,
  signal: AbortSignal,
  since: () => number,
  phase: 'rollout' | 'rollback',
  /** Called once every workload looks complete, while some may still be held (settle.ts). */
  onAllComplete?: (held: boolean) => void,
): Promise<Map<Applied, MonitorResult>> {
  // The first failure stops the other watches: its report should not wait for theirs.
  const stopOthers = new AbortController();
  let completed = 0;
  let anyHeld = false;
  const combined = AbortSignal.any([signal, stopOthers.signal]);
  const stamp = () => `[${(since() / 1000).toFixed(1)}s]`;
  const results = await Promise.all(
    items.map(async (a) => {
      const target = rolloutTarget(a);
      const ref = objectRef(a.plan.object);
      // A span per watched workload, its progress messages as span events (telemetry).
      const outcome = await span(
        `watch ${target.kind}`,
        { 'k8s.namespace.name': target.namespace, 'goship.workload': ref, 'goship.phase': phase },
        async (s) => {
          const o = await monitorWorkload(client, target, {
            failureThreshold: opts.failureThreshold,
            // A rollback restores what ran before: it is not held (the release under test is the new one).
            settleMs: phase === 'rollout' ? opts.settleMs : 0,
            signal: combined,
            onProgress: (m) => {
              s.event(m);
              opts.log.info(`${stamp()} ${phase === 'rollback' ? 'rollback: ' : ''}${ref}: ${m}`);
            },
            onComplete: (held) => {
              anyHeld ||= held;
              if (++completed === items.length) onAllComplete?.(anyHeld);
            },
          });
          s.set({
            'goship.outcome': o.state,
            'goship.revision': 'revision' in o ? o.revision : undefined,
          });
          if (o.running)
            s.set({ 'k8s.replicaset.name': o.running.replicaSet, 'goship.pods': o.running.pods.join(',') });
          if (o.state === 'failed') s.fail(o.failure.message, o.failure.reason);
          return o;
        },
      );
      if (outcome.state === 'failed' || outcome.state === 'superseded')
        stopOthers.abort(new Error(`${ref} failed`));
      const line =
        outcome.state === 'failed'
          ? `${outcome.failure.reason}: ${outcome.failure.message}`
          : outcome.state === 'interrupted' &&
              signal.reason instanceof DOMException &&
              signal.reason.name === 'TimeoutError'
            ? `timed out: ${outcome.message}`
            : outcome.message;
      opts.log.info(
        `${stamp()} ${phase === 'rollback' ? 'rollback: ' : ''}${ref}: ${outcome.state === 'complete' ? '' : `${outcome.state.toUpperCase()} `}${line}`,
      );
      return [a, outcome] as const;
    }),
  );
  return new Map(results);
}

function rolloutTarget(a: Applied): RolloutTarget {
  const obj = a.result.object;
  const mine =
    obj.metadata.managedFields?.filter((m) => m.manager === 'goship' && m.time).map((m) => m.time!) ?? [];
  return {
    kind: a.plan.workload!,
    namespace: obj.metadata.namespace!,
    name: obj.metadata.name!,
    generation: obj.metadata.generation ?? 1,
    template: obj.spec?.template,
    changedAt: mine.sort().at(-1),
  };
}

export function messageOf(o: MonitorResult): string {
  return o.state === 'failed' ? o.failure.message : o.message;
}

export function outcomeName(o: MonitorResult): WorkloadOutcome {
  return o.state === 'complete' ? 'rolled-out' : o.state === 'waiting' ? 'interrupted' : o.state;
}
