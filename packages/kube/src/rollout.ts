import {
  type ApplyResult,
  type ClusterLog,
  connect,
  type KubeClient,
  type Manifest,
  objectRef,
  type PlannedObject,
  type ResolvedKubeconfig,
  type WorkloadKind,
} from '@goship/cluster';
import { errorMessage, span, UserError } from '@goship/kit';
import { applyInOrder } from './apply-in-order.js';
import type { RolloutMoments } from './delivery.js';
import type { Failure } from './failure.js';
import type { MonitorResult } from './monitor.js';
import { prune } from './prune.js';
import { recover } from './recover.js';
import type { PreviousConfig, PreviousState } from './rollback.js';
import { planRollout, type ValidatedRollout, validateRollout } from './rollout-preflight.js';
import { verifyRollout } from './verify.js';
import { messageOf, outcomeName, watchAll } from './watch-workloads.js';

/*
 * The whole rollout: connect, map kinds, plan, validate everything with a server-side dry-run, record
 * what was there, apply in dependency order, watch every workload until it is rolled out or has failed,
 * roll back on failure, prune on success. Throws UserError for anything found before the first change
 * (nothing applied then); returns a result for everything after. The steps before the first change are in
 * rollout-preflight.ts, the apply in apply-in-order.ts, the watch in watch-workloads.ts, the rollback in recover.ts.
 */

export type RolloutStatus = 'succeeded' | 'failed' | 'rolled-back';

export interface RolloutOptions {
  kubeconfig: ResolvedKubeconfig;
  manifests: Manifest[];
  namespace?: string;
  timeoutMs: number;
  serverSide: boolean;
  force: boolean;
  prune: boolean;
  /** Kinds prune may delete beyond its defaults (PersistentVolumeClaim, Secret, cluster-scoped kinds). */
  pruneKinds?: string[];
  rollback: 'auto' | 'never';
  onFirstFailure: 'keep' | 'delete';
  failureThreshold: number;
  /** See settle.ts: 0 turns the hold for containers without readiness probes off. */
  settleMs: number;
  waitFor: ReadonlySet<WorkloadKind>;
  applySet: string;
  workloadAnnotations: Record<string, string>;
  signal: AbortSignal;
  log: ClusterLog;
  /**
   * Runs once every watched workload is rolled out, before prune: a failure it returns (a smoke test that
   * got the wrong answer) is handled like any rollout failure — reported, and rolled back when asked. So is
   * an exception it throws (reason `VerifyError`, its message kept): a verification that could not run
   * never passes.
   */
  verify?: (
    result: RolloutResult,
    signal: AbortSignal,
  ) => Promise<{ reason: string; message: string } | undefined>;
  /**
   * Start `verify` as soon as every workload looks complete, while pods without a readiness probe are still
   * held (settle.ts), instead of after the hold: the Service then reaches only new pods (the old ones are
   * scaled away and not ready). A failure of the hold still fails the rollout, and aborts the verification.
   */
  verifyWhileHeld?: boolean;
  /**
   * Runs once everything is validated (connected, dry-run passed, previous state recorded), before the first
   * change: a fleet rollout holds each cluster here until its wave starts. Throwing aborts with nothing applied.
   * Gets the revision of the first workload to wait for, as it is before this run.
   */
  beforeApply?: (previousRevision: string | undefined) => Promise<void>;
  /**
   * Ends the watch like a failure (reason `Interrupted`, the signal's reason as message) and rolls back as for
   * any failure; unlike `signal`, whose abort leaves the objects as applied. A fleet rollout uses it to stop a
   * cluster's rollout mid-way (another cluster failed, or the run was cancelled) without leaving it mixed.
   */
  interrupt?: AbortSignal;
}

export type ObjectAction = 'created' | 'configured' | 'unchanged' | 'pruned' | 'deleted';
export type WorkloadOutcome =
  | 'rolled-out'
  | 'failed'
  | 'superseded'
  | 'interrupted'
  | 'rolled-back'
  | 'rollback-failed'
  | 'not-waited';

export interface ObjectReport {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  action: ObjectAction;
  file?: string;
  line?: number;
  revision?: string;
  previousRevision?: string;
  outcome?: WorkloadOutcome;
  message?: string;
}

export interface ReportedFailure extends Failure {
  file?: string;
  line?: number;
}

export interface RolloutResult {
  status: RolloutStatus;
  server: string;
  serverVersion: string;
  username?: string;
  revision?: string;
  previousRevision?: string;
  failure?: ReportedFailure;
  /** What happened to the failed release: rolled back, left, deleted — one line per workload. */
  recovery: string[];
  objects: ObjectReport[];
  cancelled: boolean;
  timings: { validatedMs: number; appliedMs: number; settledMs: number; totalMs: number };
  /** When the apply, the verdict and a rollback happened: the delivery figures' source (delivery.ts). */
  moments?: RolloutMoments;
}

export interface Applied {
  plan: PlannedObject;
  result: ApplyResult;
  action: ObjectAction;
  previous?: PreviousState;
  /** ConfigMaps and Secrets: their content before this run (what a rollback restores). */
  previousConfig?: PreviousConfig;
}

export async function rollout(opts: RolloutOptions): Promise<RolloutResult> {
  try {
    return await run(opts);
  } catch (err) {
    // Cancelled before anything was applied (connecting, validating): say so, not "operation aborted".
    if (opts.signal.aborted && !(err instanceof UserError && /^cancelled/.test(err.message))) {
      throw new UserError(`${errorMessage(opts.signal.reason)} before anything was applied`, { cause: err });
    }
    throw err;
  }
}

async function run(opts: RolloutOptions): Promise<RolloutResult> {
  const started = performance.now();
  const since = () => performance.now() - started;
  const { log, signal } = opts;
  const { client, serverVersion, username } = await connect(opts.kubeconfig, log, signal);
  log.info(
    `Connected to ${client.describe()}: Kubernetes ${serverVersion}${username ? `, authenticated as '${username}'` : ''}`,
  );
  const validated = await validateRollout(client, await planRollout(client, opts), opts);
  if (opts.beforeApply) {
    const { workloads, previousByKey } = validated;
    const first = workloads.find((p) => opts.waitFor.has(p.workload!)) ?? workloads[0];
    await opts.beforeApply(first && previousByKey.get(first.key)?.revision);
  }
  const appliedAt = Date.now();
  const { applied, validatedMs, appliedMs } = await span(
    'server-side apply',
    { 'goship.objects': validated.plan.length },
    () => applyInOrder(client, validated, opts, since),
  );

  const reports = new Map<string, ObjectReport>(applied.map((a) => [a.plan.key, report(a)]));
  const result: RolloutResult = {
    status: 'succeeded',
    server: opts.kubeconfig.server,
    serverVersion,
    username,
    recovery: [],
    objects: [],
    cancelled: false,
    timings: { validatedMs, appliedMs, settledMs: 0, totalMs: 0 },
    moments: { cluster: opts.kubeconfig.cluster, applied: appliedAt },
  };
  const state: RolloutState = { client, opts, since, validated, applied, reports, result };
  const verdict = await watchRollout(state);
  const m = verdict.primary?.plan.object.metadata;
  Object.assign(result.moments!, { decided: Date.now(), workload: m?.name, namespace: m?.namespace });
  if (!verdict.failedOne && verdict.interrupted.length === 0 && !verdict.rejected)
    return await succeed(state, verdict);
  return await fail(state, verdict);
}

/** What the steps after the apply share: the result and the per-object reports they fill in. */
interface RolloutState {
  client: KubeClient;
  opts: RolloutOptions;
  since: () => number;
  validated: ValidatedRollout;
  applied: Applied[];
  reports: Map<string, ObjectReport>;
  result: RolloutResult;
}

type WatchedOutcome = [Applied, MonitorResult];

interface Verdict {
  watched: Applied[];
  outcomes: Map<Applied, MonitorResult>;
  primary?: Applied;
  failedOne?: WatchedOutcome;
  interrupted: WatchedOutcome[];
  /** The verification's failure, when the rollout itself succeeded. */
  rejected?: { reason: string; message: string };
}

/** 5. Watch the rollouts, then verify them when every one rolled out. */
async function watchRollout(state: RolloutState): Promise<Verdict> {
  const { client, opts, since, applied, reports, result } = state;
  const { log, signal } = opts;
  const watched = applied.filter((a) => a.plan.workload && opts.waitFor.has(a.plan.workload));
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const watchSignal = AbortSignal.any([signal, deadline, ...(opts.interrupt ? [opts.interrupt] : [])]);
  if (watched.length > 0)
    log.info(
      `Watching ${watched.map((a) => objectRef(a.plan.object)).join(', ')} (timeout ${Math.round(opts.timeoutMs / 1000)}s)`,
    );
  // The verification may start while the hold goes on; it is aborted when the rollout fails after all.
  const verifyAbort = new AbortController();
  let early: ReturnType<typeof verifyRollout> | undefined;
  const onAllComplete =
    opts.verify && opts.verifyWhileHeld
      ? (held: boolean) => {
          if (!held) return;
          log.info(
            `[${(since() / 1000).toFixed(1)}s] rolled out: verifying now, while the new pods are held`,
          );
          early = verifyRollout(opts.verify!, result, log, verifyAbort.signal);
        }
      : undefined;
  const outcomes = await watchAll(client, watched, opts, watchSignal, since, 'rollout', onAllComplete);
  result.timings.settledMs = since();
  for (const [a, outcome] of outcomes) {
    const r = reports.get(a.plan.key)!;
    r.revision = outcome.revision ?? r.revision;
    r.outcome = outcomeName(outcome);
    r.message = messageOf(outcome);
  }
  const primary = watched[0] ?? applied.find((a) => a.plan.workload);
  if (primary) {
    result.revision = reports.get(primary.plan.key)?.revision;
    result.previousRevision = primary.previous?.revision;
  }

  const failedOne = [...outcomes].find(([, o]) => o.state === 'failed' || o.state === 'superseded');
  const interrupted = [...outcomes].filter(([, o]) => o.state === 'interrupted');
  const rolledOut = !failedOne && interrupted.length === 0;
  if (!rolledOut && early) {
    verifyAbort.abort(new Error('the rollout failed while it was verified'));
    await early;
  }
  const rejected =
    rolledOut && opts.verify
      ? await (early ?? verifyRollout(opts.verify, result, log, verifyAbort.signal))
      : undefined;
  return { watched, outcomes, primary, failedOne, interrupted, rejected };
}

/** Rolled out (and verified): prune what the apply set no longer holds. */
async function succeed(state: RolloutState, verdict: Verdict): Promise<RolloutResult> {
  const { client, opts, validated, reports, result } = state;
  opts.log.info(
    verdict.watched.length > 0
      ? `Rolled out in ${(result.timings.settledMs / 1000).toFixed(2)}s`
      : 'Applied (no workloads to wait for)',
  );
  if (opts.prune) {
    const pruned = await prune(client, validated.plan, opts.applySet, validated.pruneListed, opts.signal);
    for (const o of pruned)
      reports.set(`pruned/${o.kind}/${o.namespace}/${o.name}`, { ...o, action: 'pruned' });
  }
  return complete(state);
}

/** 6. Failure (or timeout, or cancellation): report, then roll back what we changed. */
async function fail(state: RolloutState, verdict: Verdict): Promise<RolloutResult> {
  const { client, opts, since, applied, reports, result } = state;
  result.status = 'failed';
  if (opts.signal.aborted) return cancelled(state, verdict);
  const superseded = describeVerdict(state, verdict);
  const changed = applied.filter((a) => a.plan.workload && a.action !== 'unchanged');
  if (superseded) {
    result.recovery.push(
      'Not rolled back: another rollout replaced ours, and undoing it would overwrite that change.',
    );
  } else if (opts.rollback === 'never') {
    result.recovery.push(
      `rollback: never — left as applied: ${changed.map((a) => objectRef(a.plan.object)).join(', ') || 'nothing changed'}.`,
    );
  } else {
    const cause = result.failure;
    await span(
      'rollback',
      { 'goship.rollback.reason': cause?.reason, 'goship.rollback.workloads': changed.length },
      async (s) => {
        await recover(client, changed, applied, opts, result, reports, since);
        if (result.status === 'rolled-back') result.moments!.restored = Date.now();
        s.set({ 'goship.rollback.status': result.status });
      },
    );
  }
  return complete(state);
}

/** Cancelled while watching or verifying: nothing is rolled back, the state left is reported. */
function cancelled(state: RolloutState, verdict: Verdict): RolloutResult {
  const { opts, result } = state;
  const { interrupted, rejected, outcomes } = verdict;
  result.cancelled = true;
  result.failure = {
    kind: interrupted[0]?.[0].plan.object.kind ?? 'Rollout',
    namespace: interrupted[0]?.[0].plan.object.metadata.namespace ?? '',
    name: interrupted[0]?.[0].plan.object.metadata.name ?? '',
    reason: 'Cancelled',
    message: `${errorMessage(opts.signal.reason)} ${rejected ? `while verifying the rollout (${rejected.reason}: ${rejected.message})` : 'while waiting'}; state left: ${[...outcomes].map(([a, o]) => `${objectRef(a.plan.object)}: ${messageOf(o)}${o.revision ? ` (revision ${o.revision})` : ''}`).join('; ')}`,
  };
  result.recovery.push(
    'Cancelled: nothing was rolled back; the objects stay as applied and their rollouts continue in the cluster.',
  );
  return complete(state);
}

/** Sets the result's failure from the verification or the failed watch; true when ours was superseded. */
function describeVerdict(state: RolloutState, verdict: Verdict): boolean {
  const { opts, applied, result } = state;
  const { rejected, primary, failedOne, interrupted } = verdict;
  if (rejected) {
    const obj = (primary ?? applied[0]!).plan;
    result.failure = {
      kind: obj.object.kind,
      namespace: obj.object.metadata.namespace ?? '',
      name: obj.object.metadata.name!,
      file: obj.manifest.origin.file,
      line: obj.manifest.origin.line,
      ...rejected,
    };
    return false;
  }
  const [failedApplied, failedOutcome] = failedOne ?? interrupted[0]!;
  result.failure =
    !failedOne && opts.interrupt?.aborted
      ? {
          ...describeFailure(failedApplied, failedOutcome, opts.timeoutMs),
          reason: 'Interrupted',
          message: errorMessage(opts.interrupt.reason),
        }
      : describeFailure(failedApplied, failedOutcome, opts.timeoutMs);
  return failedOutcome.state === 'superseded';
}

function complete({ reports, result, since }: RolloutState): RolloutResult {
  result.objects = [...reports.values()];
  result.timings.totalMs = since();
  return result;
}

function describeFailure(a: Applied, o: MonitorResult, timeoutMs: number): ReportedFailure {
  const obj = a.plan.object;
  const at = { file: a.plan.manifest.origin.file, line: a.plan.manifest.origin.line };
  const base = { kind: obj.kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name!, ...at };
  if (o.state === 'failed') {
    // Point at the container's image line for image problems, when the manifest has one.
    if (/Image|ErrImage/.test(o.failure.reason) && o.failure.container) {
      const containers = (obj.spec?.template?.spec?.containers ?? []) as { name: string }[];
      const inits = (obj.spec?.template?.spec?.initContainers ?? []) as { name: string }[];
      const i = containers.findIndex((c) => c.name === o.failure.container);
      const j = inits.findIndex((c) => c.name === o.failure.container);
      const path =
        i >= 0
          ? ['spec', 'template', 'spec', 'containers', i, 'image']
          : j >= 0
            ? ['spec', 'template', 'spec', 'initContainers', j, 'image']
            : undefined;
      const line = path ? a.plan.manifest.lineOf(path) : undefined;
      if (line) at.line = line;
    }
    return { ...o.failure, ...at };
  }
  if (o.state === 'superseded') return { ...base, reason: 'Superseded', message: o.message };
  return {
    ...base,
    reason: 'Timeout',
    message: `not rolled out within the timeout (${Math.round(timeoutMs / 1000)}s): ${o.message}`,
  };
}

function report(a: Applied): ObjectReport {
  const obj = a.result.object;
  return {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    namespace: obj.metadata.namespace,
    name: obj.metadata.name!,
    action: a.action,
    file: a.plan.manifest.origin.file,
    line: a.plan.manifest.origin.line,
    previousRevision: a.previous?.revision,
    outcome: a.plan.workload ? 'not-waited' : undefined,
  };
}
