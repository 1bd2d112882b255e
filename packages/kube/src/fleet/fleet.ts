import { loadManifests, resolveKubeconfig, toLabelValue } from '@goship/cluster';
import { type Delivery, errorMessage, InputError, mapLimit, sleep, UserError } from '@goship/kit';
import type { DeliveryContext } from '../delivery.js';
import type { RolloutResult, rollout } from '../rollout.js';
import { changeAnnotations, checkStageOptions, type K8sRolloutOptions } from '../stage.js';
import { ClusterRun, type ClusterVerify, clusterLog, isUnreachable } from './cluster-run.js';
import type { ClusterSpec } from './clusters.js';
import { applyOverrides } from './overrides.js';
import { planWaves, type WaveSize } from './waves.js';

/*
 * k8s-rollout across a fleet: every cluster is connected and validated (server-side dry-run, previous state
 * recorded) before anything is applied anywhere; then wave after wave, each wave's clusters in parallel (at
 * most max-parallel at once), each with the single-cluster rollout. The first failure stops the run: clusters
 * in flight are interrupted (they roll back), every cluster this run updated is rolled back, the others are
 * not touched. Cancellation: in-flight clusters roll back, finished ones stay on the new revision.
 */

export interface FleetOptions extends Omit<K8sRolloutOptions, 'kubeContext' | 'verify'> {
  clusters: ClusterSpec[];
  waves: WaveSize[];
  maxParallel: number;
  pauseMs: number;
  skipUnreachable: boolean;
  /** Runs per cluster once it rolled out (the pipeline's smoke test); a verdict fails that cluster. */
  verify?: ClusterVerify;
  /** The single-cluster rollout (`rollout`); the orchestration's unit tests give a scripted one. */
  rollout?: typeof rollout;
  /** What the delivery figures need beyond each cluster's moments (the commit, the version); absent: none. */
  delivery?: Omit<DeliveryContext, 'cluster'>;
}

export type ClusterStatus = 'succeeded' | 'rolled-back' | 'failed' | 'unchanged' | 'untouched' | 'skipped';
export type FleetStatus = 'succeeded' | 'rolled-back' | 'failed' | 'cancelled';

export interface ClusterReport {
  name: string;
  wave: number;
  status: ClusterStatus;
  /** Which revision the cluster is on at the end: `new`, `old` (as before this run), or `unknown` (see cause). */
  endsOn: 'new' | 'old' | 'unknown';
  server?: string;
  namespace?: string;
  revisionBefore?: string;
  revisionAfter?: string;
  cause?: string;
  /** The single-cluster result, when the rollout got that far (objects, recovery lines). */
  result?: RolloutResult;
  /** Its delivery figures (a deployment of its own); absent when there is none to count. */
  delivery?: Delivery;
  /** Interrupted mid-rollout because the run was cancelled (and rolled back): no delivery to count. */
  cancelled?: boolean;
}

export interface FleetResult {
  status: FleetStatus;
  /** Why the run stopped: the refusal, the failed cluster, or the cancellation. */
  failure?: string;
  /** True when nothing was applied anywhere because a cluster failed its checks. */
  refused: boolean;
  waves: string[][];
  clusters: ClusterReport[];
  totalMs: number;
}

const FLEET_ROLLBACK = 'FleetRollback';

export async function fleetRollout(o: FleetOptions): Promise<FleetResult> {
  const started = performance.now();
  const { log, signal } = o;
  if (o.github)
    throw new InputError(
      'environment',
      'is set together with clusters',
      'no GitHub deployment environment with a fleet rollout',
      'Use one k8s-rollout step per environment to track GitHub deployments.',
    );
  const { waves, runs } = planFleet(o);
  const state: FleetState = { cancelled: false, failure: undefined, culprit: '' };
  const onCancel = () => cancelRuns(state, runs, signal);
  if (signal.aborted) onCancel();
  else signal.addEventListener('abort', onCancel, { once: true });
  try {
    const { skipped, refusals } = await checkClusters(o, runs, state);
    if (state.cancelled)
      state.failure = `cancelled (${errorMessage(signal.reason)}) before anything was applied`;
    else if (refusals.length > 0) {
      state.failure = `Refused before anything was applied to any cluster: ${refusals.join('; ')}`;
      for (const r of runs) r.hold('not applied: another cluster failed its checks');
      await Promise.all(runs.map((r) => r.done));
      return finish(o, runs, waves, skipped, 'failed', state.failure, true, started);
    } else log.info(`All ${runs.length - skipped.size} clusters validated (${skipped.size} skipped)`);

    await runWaves(o, runs, waves, skipped, state);

    // 4. Keep or roll back what rolled out; leave the rest as it was.
    for (const r of runs) {
      if (state.failure && !state.cancelled) r.rollBack(FLEET_ROLLBACK, `rolled back: ${state.culprit}`);
      else r.keep();
      r.hold(state.cancelled ? 'not reached: cancelled' : `not reached: ${state.culprit}`);
    }
    await Promise.all(runs.map((r) => r.done));
    if (state.cancelled && !state.failure) state.failure = `cancelled: ${errorMessage(signal.reason)}`;
    return finish(
      o,
      runs,
      waves,
      skipped,
      state.cancelled ? 'cancelled' : undefined,
      state.failure,
      false,
      started,
    );
  } finally {
    signal.removeEventListener('abort', onCancel);
  }
}

/** How the run is going, as the cancellation and the waves see it. */
interface FleetState {
  cancelled: boolean;
  failure: string | undefined;
  /** The failure in a few words, for the other clusters' causes. */
  culprit: string;
}

/**
 * 1. Everything that can be wrong in the inputs, for every cluster, before the first connection.
 * 2. Connect and validate every cluster; each then waits at its gate.
 */
function planFleet(o: FleetOptions): { waves: number[][]; runs: ClusterRun[] } {
  const { context: ctx, log } = o;
  const waitFor = checkStageOptions(o);
  const manifests = loadManifests(o.manifests, ctx.workspace);
  const waves = planWaves(o.clusters.length, o.waves);
  const waveOf = new Map(waves.flatMap((w, i) => w.map((c) => [c, i + 1] as const)));
  const targets = o.clusters.map((spec, i) => ({
    spec,
    wave: waveOf.get(i)!,
    kubeconfig: clusterKubeconfig(o, spec),
    manifests: applyOverrides(manifests, spec),
  }));
  const workloadAnnotations = changeAnnotations(ctx, o.version, o.annotations, o.tagPrefix);
  log.info(
    `Fleet of ${targets.length} clusters in ${waves.length} waves: ${waves.map((w, i) => `${i + 1}: ${w.map((c) => o.clusters[c]!.name).join(', ')}`).join(' · ')}`,
  );

  const runs = targets.map(
    (t) =>
      new ClusterRun(
        t.spec.name,
        t.wave,
        {
          kubeconfig: t.kubeconfig,
          manifests: t.manifests,
          namespace: t.spec.namespace ?? o.namespace,
          timeoutMs: o.timeoutMs,
          waitFor,
          log: clusterLog(log, t.spec.name),
          serverSide: o.serverSide,
          force: o.force,
          prune: o.prune,
          pruneKinds: o.pruneKinds,
          rollback: o.rollback,
          onFirstFailure: o.onFirstFailure,
          failureThreshold: o.failureThreshold,
          settleMs: o.settleMs,
          applySet: o.applySet ?? toLabelValue(ctx.repository ?? 'default'),
          workloadAnnotations,
        },
        o.verify,
        o.rollout,
        o.delivery,
      ),
  );
  return { waves, runs };
}

function cancelRuns(state: FleetState, runs: ClusterRun[], signal: AbortSignal): void {
  state.cancelled = true;
  const why = `cancelled: ${errorMessage(signal.reason)}`;
  for (const r of runs) {
    if (r.phase === 'rolled-out') r.keep();
    else if (r.phase === 'applying') r.interrupt(why, true);
    else r.hold(`${why}; not applied`);
  }
}

/** Waits for every cluster's checks: the unreachable ones skipped when asked, the others' errors refusals. */
async function checkClusters(
  o: FleetOptions,
  runs: ClusterRun[],
  state: FleetState,
): Promise<{ skipped: Set<ClusterRun>; refusals: string[] }> {
  const checks = await Promise.all(runs.map((r) => r.validated()));
  const skipped = new Set<ClusterRun>();
  const refusals: string[] = [];
  for (const [i, r] of runs.entries()) {
    if (checks[i] === 'ready') continue;
    const { error } = await r.done;
    if (state.cancelled) continue;
    if (o.skipUnreachable && isUnreachable(error)) {
      skipped.add(r);
      o.log.warning(`Skipping cluster '${r.name}' (skip-unreachable): ${errorMessage(error)}`);
    } else refusals.push(`cluster '${r.name}': ${errorMessage(error)}`);
  }
  return { skipped, refusals };
}

/** 3. The waves: the first failure interrupts every cluster and ends the run. */
async function runWaves(
  o: FleetOptions,
  runs: ClusterRun[],
  waves: number[][],
  skipped: Set<ClusterRun>,
  state: FleetState,
): Promise<void> {
  const { log, signal } = o;
  for (const [w, wave] of waves.entries()) {
    if (state.failure || state.cancelled) break;
    const members = wave.map((i) => runs[i]!).filter((r) => !skipped.has(r));
    log.info(`Wave ${w + 1}/${waves.length}: ${members.map((r) => r.name).join(', ') || '(all skipped)'}`);
    await mapLimit(members, Math.max(1, o.maxParallel), async (r) => {
      if (state.failure || state.cancelled) return;
      const outcome = await r.release();
      if (outcome === 'rolled-out') log.info(`[${r.name}] rolled out in wave ${w + 1}`);
      if (outcome === 'ended' && !state.failure && !state.cancelled) {
        const { result, error } = await r.done;
        state.culprit = `cluster '${r.name}' failed in wave ${w + 1}${result?.failure ? ` (${result.failure.reason})` : ''}`;
        state.failure = `cluster '${r.name}' (wave ${w + 1}) failed: ${error ? errorMessage(error) : result?.failure ? `${result.failure.reason}: ${result.failure.message}` : result?.status}`;
        log.info(`${state.failure}; stopping the fleet rollout`);
        for (const other of runs) other.interrupt(`stopped mid-rollout: ${state.culprit}`);
      }
    });
    if (!state.failure && !state.cancelled && o.pauseMs > 0 && w < waves.length - 1) {
      log.info(`Pausing ${Math.round(o.pauseMs / 1000)}s before wave ${w + 2}`);
      await sleep(o.pauseMs, signal).catch(() => undefined);
    }
  }
}

function clusterKubeconfig(o: FleetOptions, spec: ClusterSpec) {
  try {
    const kubeconfig = resolveKubeconfig({
      value: spec.kubeconfig ?? o.kubeconfig,
      fromEnv: spec.kubeconfig ? false : o.kubeconfigFromEnv,
      insecure: o.insecure,
      context: spec.context ?? '',
      cwd: o.context.workspace,
      env: { KUBECONFIG: o.context.kubeconfigEnv },
      proxyEnv: o.context.proxyEnv,
      home: o.context.home,
    });
    for (const secret of kubeconfig.secrets) o.log.secret(secret);
    for (const warning of kubeconfig.warnings) o.log.warning(`[${spec.name}] ${warning}`);
    return kubeconfig;
  } catch (err) {
    if (err instanceof InputError)
      throw new UserError(`Input 'clusters': cluster '${spec.name}' (line ${spec.line}): ${err.message}`, {
        hint: err.hint,
        cause: err,
      });
    throw err;
  }
}

function finish(
  o: FleetOptions,
  runs: ClusterRun[],
  waves: number[][],
  skipped: Set<ClusterRun>,
  forced: FleetStatus | undefined,
  failure: string | undefined,
  refused: boolean,
  started: number,
): FleetResult {
  const clusters = runs.map((r, i) => reportOf(r, o.clusters[i]!, skipped.has(r), o.namespace));
  const touched = clusters.filter((c) => ['succeeded', 'rolled-back', 'failed'].includes(c.status));
  const status: FleetStatus =
    forced ??
    (clusters.some((c) => c.status === 'failed') || (failure && touched.some((c) => c.status === 'succeeded'))
      ? 'failed'
      : failure
        ? 'rolled-back'
        : 'succeeded');
  return {
    status,
    failure,
    refused,
    waves: waves.map((w) => w.map((i) => runs[i]!.name)),
    clusters,
    totalMs: performance.now() - started,
  };
}

function reportOf(r: ClusterRun, spec: ClusterSpec, skipped: boolean, namespace?: string): ClusterReport {
  const base = { name: r.name, wave: r.wave, namespace: spec.namespace ?? namespace };
  const counted = { delivery: r.delivery, ...(r.cancelled ? { cancelled: true } : {}) };
  return { ...base, ...outcomeOf(r, skipped), ...counted };
}

function outcomeOf(r: ClusterRun, skipped: boolean): Omit<ClusterReport, 'name' | 'wave' | 'namespace'> {
  const settled = r.settled;
  const before = r.previousRevision;
  if (!settled) return { status: 'failed', endsOn: 'unknown', cause: 'did not finish' };
  const { result, error } = settled;
  if (skipped) return { status: 'skipped', endsOn: 'old', cause: errorMessage(error) };
  if (error) {
    if (!r.applyStarted)
      return {
        status: 'untouched',
        endsOn: 'old',
        revisionBefore: before,
        revisionAfter: before,
        cause: r.heldBecause ?? errorMessage(error),
      };
    return { status: 'failed', endsOn: 'unknown', revisionBefore: before, cause: errorMessage(error) };
  }
  const res = result!;
  const common = {
    server: res.server,
    revisionBefore: res.previousRevision ?? before,
    revisionAfter: res.revision,
    result: res,
  };
  const cause = res.failure
    ? res.failure.reason === FLEET_ROLLBACK || res.failure.reason === 'Interrupted'
      ? res.failure.message
      : `${res.failure.reason}: ${res.failure.kind} ${res.failure.name}: ${res.failure.message}`
    : undefined;
  if (res.status === 'succeeded') return { ...common, status: 'succeeded', endsOn: 'new' };
  if (res.status === 'rolled-back') return { ...common, status: 'rolled-back', endsOn: 'old', cause };
  const changed = res.objects.some((x) => x.action !== 'unchanged' && x.outcome !== undefined);
  if (!changed) return { ...common, status: 'unchanged', endsOn: 'old', cause };
  return { ...common, status: 'failed', endsOn: 'unknown', cause: [cause, ...res.recovery].join(' ') };
}
