import type { Manifest } from '@goship/cluster';
import { splitPinnedReference } from '@goship/contract';
import { InputError } from '@goship/kit';
import type { ClusterSpec } from './clusters.js';

/*
 * A cluster's overrides applied to a copy of the manifests: the image from a regional mirror (the same digest
 * on another host, so every cluster runs the same bytes) and node selectors added to every pod template.
 */

interface PodSpec {
  containers?: { name?: string; image?: string }[];
  initContainers?: { name?: string; image?: string }[];
  nodeSelector?: Record<string, string>;
}

/** The pod spec of an object that has a pod template (workloads, ReplicaSets, CronJobs). */
function podSpecOf(object: Manifest['object']): PodSpec | undefined {
  const spec = object.spec as
    | { template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } }
    | undefined;
  if (object.kind === 'CronJob') return spec?.jobTemplate?.spec?.template?.spec;
  if (['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job'].includes(object.kind))
    return spec?.template?.spec;
  return undefined;
}

/** The manifests for one cluster; the originals when it has no image or node-selector override. */
export function applyOverrides(manifests: Manifest[], cluster: ClusterSpec): Manifest[] {
  if (!cluster.image && !cluster.nodeSelector) return manifests;
  const out = manifests.map((m) => ({ ...m, object: structuredClone(m.object) }));
  if (cluster.image) {
    const digest = splitPinnedReference(cluster.image)?.digest;
    const seen = new Set<string>();
    let replaced = 0;
    for (const m of out) {
      const pod = podSpecOf(m.object);
      for (const c of [...(pod?.containers ?? []), ...(pod?.initContainers ?? [])]) {
        if (!c.image) continue;
        seen.add(c.image);
        if (splitPinnedReference(c.image)?.digest === digest) {
          c.image = cluster.image;
          replaced++;
        }
      }
    }
    if (replaced === 0)
      throw new InputError(
        'clusters',
        `cluster '${cluster.name}' (line ${cluster.line}): image '${cluster.image}' has digest ${digest}, which no container image in the manifests has (they deploy ${[...seen].map((i) => `'${i}'`).join(', ') || 'no images'})`,
        'the same image from another registry: the same @sha256 digest the manifests deploy, on another host',
        'A per-cluster image only moves where the image is pulled from; a different digest would deploy different code to this cluster. Pin the manifests by digest (render-manifests does) and mirror that digest.',
      );
  }
  if (cluster.nodeSelector) {
    for (const m of out) {
      const pod = podSpecOf(m.object);
      if (pod) pod.nodeSelector = { ...pod.nodeSelector, ...cluster.nodeSelector };
    }
  }
  return out;
}
