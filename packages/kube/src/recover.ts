import {
  type ApplyOptions,
  applyObject,
  explainApplyError,
  type KubeClient,
  objectRef,
  resourcePath,
} from '@goship/cluster';
import { errorMessage, UserError } from '@goship/kit';
import type { MonitorResult } from './monitor.js';
import {
  isConfigObject,
  releaseStuckStatefulSetPods,
  restoreConfigObject,
  rollbackObject,
  templateReferences,
} from './rollback.js';
import type { Applied, ObjectReport, RolloutOptions, RolloutResult } from './rollout.js';
import { watchAll } from './watch-workloads.js';

/*
 * After a failed rollout: restore what this run changed (the ConfigMaps/Secrets the previous pod templates
 * read, then the pod templates), watch the rollback with the same rules, delete or keep first deploys.
 */

export async function recover(
  client: KubeClient,
  changed: Applied[],
  applied: Applied[],
  opts: RolloutOptions,
  result: RolloutResult,
  reports: Map<string, ObjectReport>,
  since: () => number,
): Promise<void> {
  const toRollBack = changed.filter(
    (a) => a.previous?.live && a.previous.template !== undefined && a.plan.workload !== 'Job',
  );
  const firstDeploys = changed.filter((a) => !a.previous?.live);
  const recovery: Recovery = {
    client,
    opts,
    result,
    reports,
    // The rollback honours the same apply settings as the rollout: without force-conflicts it does not take
    // fields over from another manager (who changed them while we watched), it fails naming them.
    rollbackApply: { force: opts.force, serverSide: opts.serverSide, signal: opts.signal },
  };
  const configs = await restoreConfigs(recovery, toRollBack, applied);
  const rolledBack = await rollBackTemplates(recovery, toRollBack);
  if (rolledBack.length > 0) {
    const rollbackSignal = AbortSignal.any([opts.signal, AbortSignal.timeout(opts.timeoutMs)]);
    const outcomes = await watchAll(client, rolledBack, opts, rollbackSignal, since, 'rollback');
    const allBack = reportRollback(recovery, outcomes, configs);
    if (allBack && firstDeploys.length === 0 && rolledBack.length === toRollBack.length)
      result.status = 'rolled-back';
    const primary = reports.get(rolledBack[0]!.plan.key);
    if (primary?.revision) result.revision = primary.revision;
  }
  for (const a of firstDeploys) await deleteOrKeepFirstDeploy(recovery, a);
  for (const a of changed.filter((x) => x.plan.workload === 'Job' && x.previous?.live)) {
    result.recovery.push(
      `${objectRef(a.plan.object)}: Jobs cannot be rolled back (their pod template is immutable); left as it is.`,
    );
  }
}

/** What the recovery's steps share: the rollout's result and reports, which they fill in. */
interface Recovery {
  client: KubeClient;
  opts: RolloutOptions;
  result: RolloutResult;
  reports: Map<string, ObjectReport>;
  rollbackApply: ApplyOptions;
}

interface RestoredConfigs {
  /** The workloads whose previous template reads a ConfigMap/Secret that could not be restored. */
  restoreFailed: Set<Applied>;
  restored: string[];
}

/**
 * 1. The ConfigMaps/Secrets the previous templates reference and this run changed: their old content first,
 *    so the restored pods read what they read before.
 */
async function restoreConfigs(
  { client, opts, result, reports, rollbackApply }: Recovery,
  toRollBack: Applied[],
  applied: Applied[],
): Promise<RestoredConfigs> {
  const restoreFailed = new Set<Applied>();
  const restored: string[] = [];
  for (const a of toRollBack) {
    const refs = templateReferences(a.previous!.template);
    const changedConfigs = applied.filter(
      (c) =>
        isConfigObject(c.plan) &&
        c.action === 'configured' &&
        c.plan.object.metadata.namespace === a.plan.object.metadata.namespace &&
        refs[c.plan.info.kind as 'ConfigMap' | 'Secret'].has(c.plan.object.metadata.name!),
    );
    for (const c of changedConfigs) {
      const ref = objectRef(c.plan.object);
      if (restored.includes(ref)) continue;
      const prev = c.previousConfig;
      const why = !prev
        ? 'its previous content was not recorded'
        : prev.unreadable
          ? `its previous content could not be read (${prev.unreadable})`
          : !prev.live
            ? 'it did not exist before this run'
            : undefined;
      if (why) {
        restoreFailed.add(a);
        result.recovery.push(
          `${objectRef(a.plan.object)}: the previous pod template references ${ref}, which this run changed, and ${why}: the rolled-back pods read its new content.`,
        );
        continue;
      }
      try {
        await applyObject(
          client,
          { ...c.plan, object: restoreConfigObject(c.plan.object, prev!.live!) },
          rollbackApply,
          false,
        );
        restored.push(ref);
        reports.get(c.plan.key)!.message = 'restored to its previous content by the rollback';
        opts.log.info(`Restoring ${ref} to its content before this run (the previous pod template reads it)`);
      } catch (err) {
        restoreFailed.add(a);
        result.recovery.push(
          `${objectRef(a.plan.object)}: ${ref} (referenced by the previous pod template) could not be restored: ${withHint(explainApplyError(err, c.plan, client))}`,
        );
      }
    }
  }
  return { restoreFailed, restored };
}

/** 2. The pod templates: the ones applied, to be watched. */
async function rollBackTemplates(
  { client, opts, result, reports, rollbackApply }: Recovery,
  toRollBack: Applied[],
): Promise<Applied[]> {
  const { log } = opts;
  const cause = result.failure
    ? `${result.failure.reason} in ${result.failure.kind} ${result.failure.name}`
    : 'failure';
  const rolledBack: Applied[] = [];
  for (const a of toRollBack) {
    const body = rollbackObject(
      a.plan.object,
      a.previous!,
      `goship: rollback to revision ${a.previous!.revision ?? '?'} after ${cause}`,
    );
    try {
      const res = await applyObject(client, { ...a.plan, object: body }, rollbackApply, false);
      log.info(
        `Rolling back ${objectRef(a.plan.object)} to revision ${a.previous!.revision ?? '?'}${a.previous!.replicaSet ? ` (ReplicaSet ${a.previous!.replicaSet})` : ''}: its pod template only`,
      );
      if (a.plan.workload === 'StatefulSet') {
        for (const pod of await releaseStuckStatefulSetPods(client, res.object, opts.signal)) {
          log.info(
            `  deleted pod ${pod}: stuck at the failed revision, a StatefulSet does not replace it by itself`,
          );
        }
      }
      rolledBack.push({ ...a, result: res });
    } catch (err) {
      const r = reports.get(a.plan.key)!;
      r.outcome = 'rollback-failed';
      result.recovery.push(
        `${objectRef(a.plan.object)}: rollback could not be applied: ${withHint(explainApplyError(err, a.plan, client))}`,
      );
    }
  }
  return rolledBack;
}

/** One recovery line per watched rollback; true when every one is back, with everything it reads. */
function reportRollback(
  { result, reports }: Recovery,
  outcomes: Map<Applied, MonitorResult>,
  { restoreFailed, restored }: RestoredConfigs,
): boolean {
  let allBack = true;
  for (const [a, o] of outcomes) {
    const r = reports.get(a.plan.key)!;
    r.revision = o.revision ?? r.revision;
    const configNote =
      restored.length > 0 ? `; restored ${restored.join(', ')} to their previous content` : '';
    if (o.state === 'complete' && restoreFailed.has(a)) {
      allBack = false;
      r.outcome = 'rollback-failed';
      result.recovery.push(
        `${objectRef(a.plan.object)}: the previous pod template is back (revision ${o.revision ?? '?'}), but not everything it reads (see above): rollback incomplete.`,
      );
    } else if (o.state === 'complete') {
      r.outcome = 'rolled-back';
      result.recovery.push(
        `${objectRef(a.plan.object)}: rolled back its pod template only, to the previous revision's (revision ${a.previous!.revision ?? '?'}, now revision ${o.revision ?? '?'})${configNote}; ${o.message}. Everything else this run applied (replicas, strategy, Services, other objects) stays as applied.`,
      );
    } else {
      allBack = false;
      r.outcome = 'rollback-failed';
      const why = o.state === 'failed' ? `${o.failure.reason}: ${o.failure.message}` : o.message;
      result.recovery.push(`${objectRef(a.plan.object)}: the rollback did not complete either: ${why}`);
    }
  }
  return allBack;
}

/** A first deploy has nothing to roll back to: deleted with on-first-failure: delete, else left. */
async function deleteOrKeepFirstDeploy(
  { client, opts, result, reports }: Recovery,
  a: Applied,
): Promise<void> {
  const ref = objectRef(a.plan.object);
  if (opts.onFirstFailure === 'delete') {
    try {
      await client.request(
        'DELETE',
        resourcePath(a.plan.info, a.plan.object.metadata.namespace, a.plan.object.metadata.name),
        {
          query: { propagationPolicy: 'Background' },
          signal: opts.signal,
        },
      );
      reports.get(a.plan.key)!.action = 'deleted';
      result.recovery.push(
        `${ref}: first deploy failed and there is no previous revision; deleted (on-first-failure: delete).`,
      );
    } catch (err) {
      result.recovery.push(
        `${ref}: first deploy failed; deleting it failed too: ${errorMessage(client.explain(err))}`,
      );
    }
  } else {
    result.recovery.push(
      `${ref}: first deploy failed and there is no previous revision to roll back to; left as it is (set on-first-failure: delete to remove it).`,
    );
  }
}

/** An error's message and, for a UserError, its hint (a rollback's failure reads as one line in the recovery). */
function withHint(err: unknown): string {
  return err instanceof UserError && err.hint ? `${err.message} ${err.hint}` : errorMessage(err);
}
