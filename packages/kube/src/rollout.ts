import {
  type ApplyOptions,
  type ApplyResult,
  applyObject,
  buildPlan,
  connect,
  Discovery,
  explainApplyError,
  type Logger,
  type Manifest,
  objectRef,
  type PlannedObject,
  type ResolvedKubeconfig,
  type WorkloadKind,
} from '@goship/cluster';
import { errorMessage, mapLimit, UserError } from '@goship/kit';
import type { Failure } from './failure.js';
import type { MonitorResult } from './monitor.js';
import { checkNamespaces, dryRunAll, resolveKinds, waitForCrds } from './preflight.js';
import { prune, resolvePruneKinds } from './prune.js';
import { messageOf, outcomeName, recover, watchAll } from './recover.js';
import {
  isConfigObject,
  type PreviousConfig,
  type PreviousState,
  recordPrevious,
  recordPreviousConfig,
} from './rollback.js';

/*
 * The whole rollout: connect, map kinds, plan, validate everything with a server-side dry-run, record
 * what was there, apply in dependency order, watch every workload until it is rolled out or has failed,
 * roll back on failure, prune on success. Throws UserError for anything found before the first change
 * (nothing applied then); returns a result for everything after.
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
  log: Logger;
  /**
   * Runs once every watched workload is rolled out, before prune: a failure it returns (a smoke test that
   * got the wrong answer) is handled like any rollout failure — reported, and rolled back when asked. So is
   * an exception it throws (reason `VerifyError`, its message kept): a verification that could not run
   * never passes.
   */
  verify?: (result: RolloutResult) => Promise<{ reason: string; message: string } | undefined>;
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
}

export interface Applied {
  plan: PlannedObject;
  result: ApplyResult;
  action: ObjectAction;
  previous?: PreviousState;
  /** ConfigMaps and Secrets: their content before this run (what a rollback restores). */
  previousConfig?: PreviousConfig;
}

const CONCURRENCY = 4;

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

  // 1. Kinds → resources (discovery), then the plan.
  const discovery = new Discovery(client);
  discovery.addCrds(opts.manifests.map((m) => m.object));
  const infos = await resolveKinds(discovery, opts.manifests);
  const plan = buildPlan(
    opts.manifests.map((manifest, i) => ({ manifest, info: infos[i]! })),
    {
      namespace: opts.namespace,
      defaultNamespace: opts.kubeconfig.namespace ?? 'default',
      applySet: opts.applySet,
      workloadAnnotations: opts.workloadAnnotations,
    },
  );

  if (opts.namespace) {
    const clusterScoped = plan.filter((p) => !p.info.namespaced);
    if (clusterScoped.length > 0)
      log.warning(
        `namespace: ${opts.namespace} is set, but ${clusterScoped.length} objects are cluster-scoped and are applied outside any namespace: ${clusterScoped.map((p) => `${objectRef(p.object)} (${p.manifest.origin.file}:${p.manifest.origin.line})`).join(', ')}`,
        { file: clusterScoped[0]!.manifest.origin.file, line: clusterScoped[0]!.manifest.origin.line },
      );
  }
  const pruneListed = opts.prune ? await resolvePruneKinds(discovery, plan, opts.pruneKinds ?? []) : [];

  // 2. Namespaces that must exist; objects that can only be validated once the manifests' own Namespaces/CRDs exist.
  const missingNamespaces = await checkNamespaces(client, plan, signal);
  const isDeferred = (p: PlannedObject) =>
    p.info.pendingCrd === true || (p.info.namespaced && missingNamespaces.has(p.object.metadata.namespace!));
  const prerequisites = plan.filter(
    (p) =>
      (p.info.kind === 'Namespace' && missingNamespaces.has(p.object.metadata.name!)) ||
      (p.info.kind === 'CustomResourceDefinition' && plan.some((q) => q.info.pendingCrd)),
  );
  const applyOpts: ApplyOptions = { force: opts.force, serverSide: opts.serverSide, signal };

  // 3. Server-side dry-run of everything that can be validated now, and the previous state of each workload.
  const workloads = plan.filter((p) => p.workload);
  // What a rollback would restore besides the pod templates: the ConfigMaps and Secrets they may reference.
  const configs = opts.rollback === 'auto' ? plan.filter(isConfigObject) : [];
  const [dryRunsResult, previousResult, configsResult] = await Promise.allSettled([
    dryRunAll(
      client,
      plan.filter((p) => !isDeferred(p)),
      applyOpts,
    ),
    mapLimit(workloads, CONCURRENCY, (p) => recordPrevious(client, p, signal)),
    mapLimit(configs, CONCURRENCY, (p) => recordPreviousConfig(client, p, signal)),
  ]);
  // The dry-run's report (every rejected object) is the more useful one when both fail.
  if (dryRunsResult.status === 'rejected') throw dryRunsResult.reason;
  if (previousResult.status === 'rejected') throw previousResult.reason;
  if (configsResult.status === 'rejected') throw configsResult.reason;
  const dryRuns = dryRunsResult.value;
  const previous = previousResult.value;
  const previousByKey = new Map<string, PreviousState>(workloads.map((p, i) => [p.key, previous[i]!]));
  const previousConfigs = new Map(configs.map((p, i) => [p.key, configsResult.value[i]!]));
  const deferred = plan.filter(isDeferred);
  if (deferred.length === 0) log.info(`Validated ${plan.length} objects with a server-side dry-run`);

  if (opts.beforeApply) {
    const first = workloads.find((p) => opts.waitFor.has(p.workload!)) ?? workloads[0];
    await opts.beforeApply(first && previousByKey.get(first.key)?.revision);
  }

  // 4. Apply, in dependency order; prerequisites first when some objects could not be validated yet.
  const applied: Applied[] = [];
  const applyGroup = async (group: PlannedObject[]) => {
    for (const rank of groupByRank(group)) {
      const results = await mapLimit(rank, CONCURRENCY, async (p) => {
        try {
          const result = await applyObject(client, p, applyOpts, false);
          const before = dryRuns.get(p.key);
          const action: ObjectAction = result.created
            ? 'created'
            : before && before.object.metadata.resourceVersion === result.object.metadata.resourceVersion
              ? 'unchanged'
              : 'configured';
          log.info(`  ${objectRef(p.object)} ${action}`);
          return {
            plan: p,
            result,
            action,
            previous: previousByKey.get(p.key),
            previousConfig: previousConfigs.get(p.key),
          } satisfies Applied;
        } catch (err) {
          throw explainApplyError(err, p, client);
        }
      });
      applied.push(...results);
    }
  };
  const startApply = (what: string) => log.info(what);
  try {
    if (deferred.length > 0) {
      const names = [...missingNamespaces]
        .map((n) => `namespace ${n}`)
        .concat(
          prerequisites
            .filter((p) => p.info.kind === 'CustomResourceDefinition')
            .map((p) => `CRD ${p.object.metadata.name}`),
        );
      startApply(
        `Creating ${names.join(', ')} first: ${deferred.length} objects can only be validated once they exist`,
      );
      await applyGroup(prerequisites);
      await waitForCrds(client, prerequisites, signal);
      discovery.reset();
      for (const p of deferred) {
        if (p.info.pendingCrd) {
          const info = await discovery.resolve(p.info.apiVersion, p.info.kind);
          if (info) p.info = info;
        }
      }
      const more = await dryRunAll(client, deferred, applyOpts, prerequisites);
      for (const [k, v] of more) dryRuns.set(k, v);
      log.info(`Validated ${plan.length} objects with a server-side dry-run`);
    }
  } catch (err) {
    throw withNote(err, applied, signal);
  }
  const validatedMs = since();
  startApply(
    `Applying ${plan.length} objects (server-side apply, field manager goship${opts.force ? ', force-conflicts' : ''})`,
  );
  try {
    const done = new Set(applied.map((a) => a.plan.key));
    await applyGroup(plan.filter((p) => !done.has(p.key)));
  } catch (err) {
    throw withNote(err, applied, signal);
  }
  const appliedMs = since();

  // 5. Watch the rollouts.
  const reports = new Map<string, ObjectReport>(applied.map((a) => [a.plan.key, report(a)]));
  const watched = applied.filter((a) => a.plan.workload && opts.waitFor.has(a.plan.workload));
  const result: RolloutResult = {
    status: 'succeeded',
    server: opts.kubeconfig.server,
    serverVersion,
    username,
    recovery: [],
    objects: [],
    cancelled: false,
    timings: { validatedMs, appliedMs, settledMs: 0, totalMs: 0 },
  };
  const deadline = AbortSignal.timeout(opts.timeoutMs);
  const watchSignal = AbortSignal.any([signal, deadline, ...(opts.interrupt ? [opts.interrupt] : [])]);
  if (watched.length > 0)
    log.info(
      `Watching ${watched.map((a) => objectRef(a.plan.object)).join(', ')} (timeout ${Math.round(opts.timeoutMs / 1000)}s)`,
    );
  const outcomes = await watchAll(client, watched, opts, watchSignal, since, 'rollout');
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
  const rejected =
    !failedOne && interrupted.length === 0 && opts.verify
      ? await verifyRollout(opts.verify, result, log)
      : undefined;
  if (!failedOne && interrupted.length === 0 && !rejected) {
    log.info(
      watched.length > 0
        ? `Rolled out in ${(result.timings.settledMs / 1000).toFixed(2)}s`
        : 'Applied (no workloads to wait for)',
    );
    if (opts.prune) {
      const pruned = await prune(client, plan, opts.applySet, pruneListed, signal);
      for (const o of pruned)
        reports.set(`pruned/${o.kind}/${o.namespace}/${o.name}`, { ...o, action: 'pruned' });
    }
    result.objects = [...reports.values()];
    result.timings.totalMs = since();
    return result;
  }

  // 6. Failure (or timeout, or cancellation): report, then roll back what we changed.
  result.status = 'failed';
  if (signal.aborted) {
    result.cancelled = true;
    result.failure = {
      kind: interrupted[0]?.[0].plan.object.kind ?? 'Rollout',
      namespace: interrupted[0]?.[0].plan.object.metadata.namespace ?? '',
      name: interrupted[0]?.[0].plan.object.metadata.name ?? '',
      reason: 'Cancelled',
      message: `${errorMessage(signal.reason)} ${rejected ? `while verifying the rollout (${rejected.reason}: ${rejected.message})` : 'while waiting'}; state left: ${[...outcomes].map(([a, o]) => `${objectRef(a.plan.object)}: ${messageOf(o)}${o.revision ? ` (revision ${o.revision})` : ''}`).join('; ')}`,
    };
    result.recovery.push(
      'Cancelled: nothing was rolled back; the objects stay as applied and their rollouts continue in the cluster.',
    );
    result.objects = [...reports.values()];
    result.timings.totalMs = since();
    return result;
  }
  let superseded = false;
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
  } else {
    const [failedApplied, failedOutcome] = failedOne ?? interrupted[0]!;
    result.failure =
      !failedOne && opts.interrupt?.aborted
        ? {
            ...describeFailure(failedApplied, failedOutcome, opts.timeoutMs),
            reason: 'Interrupted',
            message: errorMessage(opts.interrupt.reason),
          }
        : describeFailure(failedApplied, failedOutcome, opts.timeoutMs);
    superseded = failedOutcome.state === 'superseded';
  }

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
    await recover(client, changed, applied, opts, result, reports, since);
  }
  result.objects = [...reports.values()];
  result.timings.totalMs = since();
  return result;
}

/** The reason of a failed verification that threw instead of returning its verdict. */
export const VERIFY_ERROR = 'VerifyError';

/**
 * `verify`, where an exception is a failed verification (never a pass, never a step that ends with the
 * unverified release in place): its message becomes the failure's, and the caller rolls back as for any.
 */
async function verifyRollout(
  verify: NonNullable<RolloutOptions['verify']>,
  result: RolloutResult,
  log: Logger,
): Promise<{ reason: string; message: string } | undefined> {
  try {
    return await verify(result);
  } catch (err) {
    const message = `the verification after the rollout failed with an error: ${errorMessage(err)}`;
    log.warning(`${message}; treating the release as not verified`);
    return { reason: VERIFY_ERROR, message };
  }
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

function groupByRank(items: PlannedObject[]): PlannedObject[][] {
  const groups: PlannedObject[][] = [];
  let lastKind: string | undefined;
  for (const p of items) {
    // Plans are sorted by kind rank: a new kind starts a new group unless it shares the rank.
    if (groups.length === 0 || p.info.kind !== lastKind) groups.push([]);
    groups.at(-1)!.push(p);
    lastKind = p.info.kind;
  }
  return groups;
}

function withNote(err: unknown, applied: Applied[], signal: AbortSignal): unknown {
  const note =
    applied.length > 0
      ? `Applied before this: ${applied.map((a) => `${objectRef(a.plan.object)} (${a.action})`).join(', ')}.`
      : 'Nothing was applied.';
  if (signal.aborted)
    return new UserError(`${errorMessage(signal.reason)} while applying. ${note}`, { cause: err });
  if (!(err instanceof UserError) || applied.length === 0) return err;
  return new UserError(`${err.message}\n${note}`, {
    hint: err.hint,
    location: err.location,
    related: err.related,
    cause: err,
  });
}
