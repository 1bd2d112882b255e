import {
  type ApplyOptions,
  type ApplyResult,
  buildPlan,
  Discovery,
  type KubeClient,
  objectRef,
  type PlannedObject,
  type ResourceInfo,
} from '@goship/cluster';
import { mapLimit } from '@goship/kit';
import { checkNamespaces, dryRunAll, resolveKinds } from './preflight.js';
import { resolvePruneKinds } from './prune.js';
import {
  isConfigObject,
  type PreviousConfig,
  type PreviousState,
  recordPrevious,
  recordPreviousConfig,
} from './rollback.js';
import type { RolloutOptions } from './rollout.js';

/*
 * The rollout's steps before its first change: map the manifests' kinds to resources and plan, then
 * validate everything that can be validated with a server-side dry-run and record what was there (what a
 * rollback restores). Everything found here throws, with nothing applied.
 */

/** Parallel requests of a rollout: the previous state's reads, the applies of one rank. */
export const CONCURRENCY = 4;

export interface PlannedRollout {
  discovery: Discovery;
  plan: PlannedObject[];
  /** The kinds prune lists beyond its defaults, resolved before any change. */
  pruneListed: ResourceInfo[];
}

export interface ValidatedRollout extends PlannedRollout {
  applyOpts: ApplyOptions;
  missingNamespaces: Set<string>;
  /** Namespaces and CRDs the manifests create, applied first when other objects need them to be validated. */
  prerequisites: PlannedObject[];
  /** Objects that can only be validated once the prerequisites exist. */
  deferred: PlannedObject[];
  dryRuns: Map<string, ApplyResult>;
  workloads: PlannedObject[];
  previousByKey: Map<string, PreviousState>;
  previousConfigs: Map<string, PreviousConfig>;
}

/** 1. Kinds → resources (discovery), then the plan. */
export async function planRollout(client: KubeClient, opts: RolloutOptions): Promise<PlannedRollout> {
  const { log } = opts;
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
  return { discovery, plan, pruneListed };
}

/**
 * 2. Namespaces that must exist; objects that can only be validated once the manifests' own Namespaces/CRDs
 * exist. 3. Server-side dry-run of everything that can be validated now, and the previous state of each workload.
 */
export async function validateRollout(
  client: KubeClient,
  planned: PlannedRollout,
  opts: RolloutOptions,
): Promise<ValidatedRollout> {
  const { log, signal } = opts;
  const { plan } = planned;
  const missingNamespaces = await checkNamespaces(client, plan, signal);
  const isDeferred = (p: PlannedObject) =>
    p.info.pendingCrd === true || (p.info.namespaced && missingNamespaces.has(p.object.metadata.namespace!));
  const prerequisites = plan.filter(
    (p) =>
      (p.info.kind === 'Namespace' && missingNamespaces.has(p.object.metadata.name!)) ||
      (p.info.kind === 'CustomResourceDefinition' && plan.some((q) => q.info.pendingCrd)),
  );
  const applyOpts: ApplyOptions = { force: opts.force, serverSide: opts.serverSide, signal };

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
  return {
    ...planned,
    applyOpts,
    missingNamespaces,
    prerequisites,
    deferred,
    dryRuns,
    workloads,
    previousByKey,
    previousConfigs,
  };
}
