import { errorMessage } from '@goship/kit';
import { ApiError, type KubeClient } from './client.js';
import { type ResourceInfo, resourcePath } from './discovery.js';
import { APPLY_SET_LABEL, objectKey, type PlannedObject } from './plan.js';
import type { KubeObject } from './types.js';

/*
 * Prune: delete objects that an earlier run applied (they carry our apply-set label with this set's
 * value) and that are no longer in the manifests. Only kinds this plan uses or that an app commonly has,
 * only in the namespaces this plan touches, and never anything without the label — the label selector is
 * sent to the server and checked again here.
 */

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

export async function prune(
  client: KubeClient,
  plan: PlannedObject[],
  applySet: string,
  signal?: AbortSignal,
): Promise<PrunedObject[]> {
  const keep = new Set(plan.map((p) => p.key));
  const namespaces = [
    ...new Set(plan.filter((p) => p.info.namespaced).map((p) => p.object.metadata.namespace!)),
  ];
  const kinds = new Map<string, ResourceInfo>();
  for (const info of [...COMMON, ...plan.map((p) => p.info)]) kinds.set(`${info.group}/${info.kind}`, info);
  const selector = `${APPLY_SET_LABEL}=${applySet}`;
  const pruned: PrunedObject[] = [];
  const lists: { info: ResourceInfo; namespace?: string }[] = [];
  for (const info of kinds.values()) {
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
