import {
  APPLY_SET_LABEL,
  ApiError,
  type Discovery,
  type KubeClient,
  type KubeObject,
  objectKey,
  type PlannedObject,
  type ResourceInfo,
  resourcePath,
} from '@goship/cluster';
import { errorMessage, InputError } from '@goship/kit';

/*
 * Prune: delete objects that an earlier run applied (they carry our apply-set label with this set's
 * value) and that are no longer in the manifests. Only kinds this plan uses or that an app commonly has,
 * only in the namespaces this plan touches, and never anything without the label — the label selector is
 * sent to the server and checked again here. Kinds whose loss cannot be undone by the next deploy —
 * PersistentVolumeClaims (their volumes' data) and Secrets (often created by hand or by other tools) — and
 * every cluster-scoped kind (shared by every namespace) are pruned only when the `prune-kinds` input lists them.
 */

/** Pruned only when listed: losing them loses data or affects more than this app. */
export const PRUNE_ONLY_WHEN_LISTED = ['PersistentVolumeClaim', 'Secret'];

const COMMON: ResourceInfo[] = [
  ['', 'v1', 'ConfigMap', 'configmaps'],
  ['', 'v1', 'Secret', 'secrets'],
  ['', 'v1', 'Service', 'services'],
  ['', 'v1', 'ServiceAccount', 'serviceaccounts'],
  ['', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims'],
  ['apps', 'v1', 'Deployment', 'deployments'],
  ['apps', 'v1', 'StatefulSet', 'statefulsets'],
  ['apps', 'v1', 'DaemonSet', 'daemonsets'],
  ['batch', 'v1', 'Job', 'jobs'],
  ['batch', 'v1', 'CronJob', 'cronjobs'],
  ['networking.k8s.io', 'v1', 'Ingress', 'ingresses'],
  ['networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies'],
  ['policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets'],
  ['autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers'],
  ['rbac.authorization.k8s.io', 'v1', 'Role', 'roles'],
  ['rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings'],
].map(([group, version, kind, resource]) => ({
  group: group!,
  version: version!,
  apiVersion: group ? `${group}/${version}` : version!,
  kind: kind!,
  resource: resource!,
  namespaced: true,
}));

export interface PrunedObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  message?: string;
}

/** A `prune-kinds` entry: `Kind` (core group, or a kind the manifests or the defaults know) or `Kind.group`. */
function parseKind(item: string): { kind: string; group?: string } {
  const dot = item.indexOf('.');
  return dot < 0 ? { kind: item } : { kind: item.slice(0, dot), group: item.slice(dot + 1) };
}

/**
 * The kinds prune lists: the common app kinds and the manifests' kinds, without PVCs, Secrets and cluster-scoped
 * kinds, plus whatever `listed` (already resolved) adds back.
 */
export function pruneKinds(plan: PlannedObject[], listed: ResourceInfo[]): ResourceInfo[] {
  const kinds = new Map<string, ResourceInfo>();
  for (const info of [...COMMON, ...plan.map((p) => p.info)]) {
    if (!info.namespaced) continue;
    if (info.group === '' && PRUNE_ONLY_WHEN_LISTED.includes(info.kind)) continue;
    kinds.set(`${info.group}/${info.kind}`, info);
  }
  for (const info of listed) kinds.set(`${info.group}/${info.kind}`, info);
  return [...kinds.values()];
}

/** Resolves the `prune-kinds` input against the manifests, the defaults and the server (before any change). */
export async function resolvePruneKinds(
  discovery: Discovery,
  plan: PlannedObject[],
  items: string[],
  input = 'prune-kinds',
): Promise<ResourceInfo[]> {
  const known = [...plan.map((p) => p.info), ...COMMON];
  const out: ResourceInfo[] = [];
  for (const item of items) {
    const { kind, group } = parseKind(item);
    let info = known.find((k) => k.kind === kind && (group === undefined || k.group === group));
    if (!info) {
      let apiVersion = 'v1';
      if (group) {
        const g = await discovery.preferredVersion(group);
        apiVersion = g ?? `${group}/v1`;
      }
      info = await discovery.resolve(apiVersion, kind);
    }
    if (!info)
      throw new InputError(
        input,
        `'${item}' is not a kind the server serves`,
        'kinds such as Secret, PersistentVolumeClaim, ClusterRole.rbac.authorization.k8s.io (Kind or Kind.group)',
      );
    out.push(info);
  }
  return out;
}

export async function prune(
  client: KubeClient,
  plan: PlannedObject[],
  applySet: string,
  listed: ResourceInfo[],
  signal?: AbortSignal,
): Promise<PrunedObject[]> {
  const keep = new Set(plan.map((p) => p.key));
  const namespaces = [
    ...new Set(plan.filter((p) => p.info.namespaced).map((p) => p.object.metadata.namespace!)),
  ];
  const kinds = pruneKinds(plan, listed);
  const selector = `${APPLY_SET_LABEL}=${applySet}`;
  const pruned: PrunedObject[] = [];
  const lists: { info: ResourceInfo; namespace?: string }[] = [];
  for (const info of kinds) {
    if (info.namespaced) for (const ns of namespaces) lists.push({ info, namespace: ns });
    else lists.push({ info });
  }
  await Promise.all(
    lists.map(async ({ info, namespace }) => {
      let items: KubeObject[];
      try {
        items =
          (
            await client.request<{ items: KubeObject[] }>('GET', resourcePath(info, namespace), {
              query: { labelSelector: selector },
              signal,
            })
          ).items ?? [];
      } catch (err) {
        if (err instanceof ApiError && [403, 404, 405].includes(err.statusCode)) return; // not served or not ours to list
        throw client.explain(err);
      }
      for (const obj of items) {
        if (obj.metadata.labels?.[APPLY_SET_LABEL] !== applySet) continue;
        if (keep.has(objectKey(info, obj.metadata.namespace, obj.metadata.name!))) continue;
        // Owned objects (e.g. a ReplicaSet) go with their owner; never prune them directly.
        if (obj.metadata.ownerReferences?.length) continue;
        const entry: PrunedObject = {
          apiVersion: info.apiVersion,
          kind: info.kind,
          namespace: obj.metadata.namespace,
          name: obj.metadata.name!,
        };
        try {
          await client.request('DELETE', resourcePath(info, obj.metadata.namespace, obj.metadata.name), {
            query: { propagationPolicy: 'Background' },
            signal,
          });
          client.log.info(
            `  pruned ${info.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`,
          );
        } catch (err) {
          if (!(err instanceof ApiError && err.statusCode === 404))
            entry.message = `not deleted: ${errorMessage(client.explain(err))}`;
        }
        pruned.push(entry);
      }
    }),
  );
  return pruned;
}
