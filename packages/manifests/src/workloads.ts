import { type FieldPath, get, groupOf, isObject, type JsonObject, type Manifest, refOf } from './model.js';

/** Where each workload kind keeps its pod template (Pod: the pod itself). */
const POD_SPEC_PATHS: Record<string, FieldPath> = {
  Pod: [],
  Deployment: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

const WORKLOAD_GROUPS: Record<string, string> = {
  Pod: '',
  ReplicationController: '',
  Deployment: 'apps',
  ReplicaSet: 'apps',
  StatefulSet: 'apps',
  DaemonSet: 'apps',
  Job: 'batch',
  CronJob: 'batch',
};

export interface PodTemplate {
  manifest: Manifest;
  /** Path of the pod (template): its `metadata` and `spec` are below it. */
  path: FieldPath;
  labels: Record<string, string>;
  namespace: string;
}

export interface ContainerRef {
  template: PodTemplate;
  path: FieldPath;
  container: JsonObject;
  name: string;
  init: boolean;
}

export function podTemplateOf(m: Manifest): PodTemplate | undefined {
  const { apiVersion, kind, namespace } = refOf(m);
  const path = POD_SPEC_PATHS[kind];
  if (!path || WORKLOAD_GROUPS[kind] !== groupOf(apiVersion)) return undefined;
  const labels = get(m.object, [...path, 'metadata', 'labels']);
  const stringLabels: Record<string, string> = {};
  if (isObject(labels)) for (const [k, v] of Object.entries(labels)) stringLabels[k] = String(v);
  return { manifest: m, path, labels: stringLabels, namespace };
}

/** The rendered set's ConfigMaps by `namespace/name` (what envFrom and configMapKeyRef resolve against). */
export function configMapsOf(manifests: Manifest[]): Map<string, Manifest> {
  const out = new Map<string, Manifest>();
  for (const m of manifests) {
    if (m.object.kind === 'ConfigMap' && m.object.apiVersion === 'v1') {
      const r = refOf(m);
      out.set(`${r.namespace}/${r.name}`, m);
    }
  }
  return out;
}

export function containersOf(t: PodTemplate, which: 'all' | 'app' | 'init' = 'all'): ContainerRef[] {
  const out: ContainerRef[] = [];
  const lists: [string, boolean][] = [];
  if (which !== 'app') lists.push(['initContainers', true]);
  if (which !== 'init') lists.push(['containers', false]);
  for (const [field, init] of lists) {
    const list = get(t.manifest.object, [...t.path, 'spec', field]);
    if (!Array.isArray(list)) continue;
    list.forEach((c, i) => {
      if (!isObject(c)) return;
      out.push({
        template: t,
        path: [...t.path, 'spec', field, i],
        container: c,
        name: typeof c.name === 'string' ? c.name : `#${i}`,
        init,
      });
    });
  }
  return out;
}

/** Label selector semantics (matchLabels + matchExpressions) against a label set. */
export function selectorMatches(selector: JsonObject, labels: Record<string, string>): boolean {
  const matchLabels = isObject(selector.matchLabels) ? selector.matchLabels : undefined;
  const plain = !('matchLabels' in selector) && !('matchExpressions' in selector);
  const pairs = plain ? selector : (matchLabels ?? {});
  for (const [k, v] of Object.entries(pairs)) if (labels[k] !== String(v)) return false;
  const exprs = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  for (const e of exprs) {
    if (!isObject(e) || typeof e.key !== 'string') return false;
    const values = Array.isArray(e.values) ? e.values.map(String) : [];
    const has = e.key in labels;
    switch (e.operator) {
      case 'In':
        if (!has || !values.includes(labels[e.key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[e.key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
