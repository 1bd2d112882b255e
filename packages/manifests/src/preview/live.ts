/*
 * What changes in the cluster: each rendered object is applied with a server-side dry-run (dryRun=All,
 * k8s-rollout's field manager, so the server merges, defaults and admits it exactly as the rollout's apply
 * would) and the answer compared with the live object. Through @goship/cluster's client, loaded only here.
 */

import type * as Cluster from '@goship/cluster';
import { COMMIT_ANNOTATION, RUN_URL_ANNOTATION, VERSION_ANNOTATION } from '@goship/contract';
import { aggregate, errorMessage, mapLimit, type UserError } from '@goship/kit';
import type { Json } from '../model.js';
import { objectLabel } from './base.js';
import { fieldChanges, isServerField, type ObjectChange } from './diff.js';

/** What k8s-rollout puts on objects besides the rendered set; carried over from the live object. */
const ROLLOUT_LABELS = ['goship.dev/apply-set'];
const ROLLOUT_ANNOTATIONS = [
  'kubernetes.io/change-cause',
  VERSION_ANNOTATION,
  COMMIT_ANNOTATION,
  RUN_URL_ANNOTATION,
];
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface LiveComparison {
  changes: ObjectChange[];
  /** `https://host:6443 (context 'ci', user 'deployer')`. */
  target: string;
}

export interface LiveOptions {
  kubeconfig: Cluster.ResolvedKubeconfig;
  /** The rendered manifests.yaml (errors point into it). */
  manifestsFile: string;
  manifestsText: string;
  /** owner/name: k8s-rollout's default apply set. */
  repository?: string;
  log: Cluster.ClusterLog;
  signal?: AbortSignal;
}

const isIgnored = (path: string) => isServerField(path) || path === `metadata.annotations.${LAST_APPLIED}`;

export async function compareWithCluster(o: LiveOptions): Promise<LiveComparison> {
  const cluster = await import('@goship/cluster');
  const errors: UserError[] = [];
  const manifests = cluster.parseManifests(o.manifestsText, o.manifestsFile, errors);
  if (errors.length > 0) throw aggregate(errors, `${errors.length} problems in ${o.manifestsFile}`);
  const { client } = await cluster.connect(o.kubeconfig, o.log, o.signal);
  const discovery = new cluster.Discovery(client);
  discovery.addCrds(manifests.map((m) => m.object));
  const infos = await Promise.all(
    manifests.map((m) => discovery.resolve(m.object.apiVersion, m.object.kind)),
  );
  const unknown: ObjectChange[] = [];
  const known = manifests.flatMap((manifest, i) => {
    const info = infos[i];
    if (info) return [{ manifest, info }];
    const { kind, metadata } = manifest.object;
    unknown.push({
      object: objectLabel(kind, metadata.namespace, metadata.name ?? ''),
      change: 'rejected',
      fields: [],
      note: `the server does not serve kind ${kind} in ${manifest.object.apiVersion}`,
    });
    return [];
  });
  const plan = cluster.buildPlan(known, {
    defaultNamespace: o.kubeconfig.namespace ?? 'default',
    applySet: cluster.toLabelValue(o.repository ?? 'default'),
    workloadAnnotations: {},
  });
  const namespacesCreated = new Set(
    plan.filter((p) => p.info.kind === 'Namespace' && p.info.group === '').map((p) => p.object.metadata.name),
  );
  const changes = await mapLimit(plan, 8, async (p): Promise<ObjectChange> => {
    const { kind, metadata } = p.object;
    const label = objectLabel(kind, metadata.namespace, metadata.name!);
    const secret = kind === 'Secret' && p.info.group === '';
    const live = await getLive(client, cluster, p, o.signal);
    carryOver(p.object, live);
    if (p.info.pendingCrd)
      return { object: label, change: 'created', fields: [], note: 'its CRD is created by this set' };
    let note: string | undefined;
    let result: Cluster.ApplyResult;
    try {
      result = await dryRun(cluster, client, p, false, o.signal);
    } catch (err) {
      const conflict = err instanceof cluster.ApiError && err.statusCode === 409;
      const missingNs =
        err instanceof cluster.ApiError &&
        err.statusCode === 404 &&
        err.status.details?.kind === 'namespaces';
      if (missingNs && namespacesCreated.has(metadata.namespace))
        return { object: label, change: 'created', fields: [], note: 'in a namespace this set creates' };
      if (!conflict)
        return {
          object: label,
          change: 'rejected',
          fields: [],
          note: errorMessage(cluster.explainApplyError(err, p, client)).split('\n')[0],
        };
      // The rollout fails here unless force-conflicts: say so, and show what forcing would change.
      note = `${errorMessage(err).split('\n')[0]} — k8s-rollout needs force-conflicts: true`;
      try {
        result = await dryRun(cluster, client, p, true, o.signal);
      } catch (again) {
        return { object: label, change: 'rejected', fields: [], note: errorMessage(again).split('\n')[0] };
      }
    }
    if (!live) return { object: label, change: 'created', fields: [], note, secret };
    const fields = fieldChanges(live as unknown as Json, result.object as unknown as Json, isIgnored);
    return { object: label, change: fields.length ? 'changed' : 'unchanged', fields, note, secret };
  });
  return { changes: [...unknown, ...changes], target: client.describe() };
}

async function getLive(
  client: Cluster.KubeClient,
  cluster: typeof Cluster,
  p: Cluster.PlannedObject,
  signal?: AbortSignal,
): Promise<Cluster.KubeObject | undefined> {
  if (p.info.pendingCrd) return undefined;
  try {
    return await client.request<Cluster.KubeObject>(
      'GET',
      cluster.resourcePath(p.info, p.object.metadata.namespace, p.object.metadata.name),
      { signal },
    );
  } catch (err) {
    if (err instanceof cluster.ApiError && err.statusCode === 404) return undefined;
    throw client.explain(err);
  }
}

/** The labels and annotations k8s-rollout adds, as the live object has them (the rollout re-applies them). */
function carryOver(object: Cluster.KubeObject, live: Cluster.KubeObject | undefined): void {
  const m = object.metadata;
  for (const k of ROLLOUT_LABELS) {
    const v = live?.metadata.labels?.[k];
    if (v !== undefined) m.labels = { ...m.labels, [k]: v };
  }
  for (const k of ROLLOUT_ANNOTATIONS) {
    const v = live?.metadata.annotations?.[k];
    if (v !== undefined && m.annotations?.[k] === undefined) m.annotations = { ...m.annotations, [k]: v };
  }
}

function dryRun(
  cluster: typeof Cluster,
  client: Cluster.KubeClient,
  p: Cluster.PlannedObject,
  force: boolean,
  signal?: AbortSignal,
): Promise<Cluster.ApplyResult> {
  return cluster.applyObject(client, p, { force, serverSide: true, signal }, true);
}
