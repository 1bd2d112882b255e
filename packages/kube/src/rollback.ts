import {
  ApiError,
  type KubeClient,
  type KubeObject,
  type PlannedObject,
  resourcePath,
} from '@goship/cluster';
import { sleep } from '@goship/kit';
import { newReplicaSet, revisionOf, withoutHash } from './evaluate.js';
import { selectorString } from './selectors.js';

/*
 * What a workload looked like before we applied, so a failed rollout can be undone the way
 * `kubectl rollout undo` does it: put the previous revision's pod template back (for a Deployment, the
 * template of the ReplicaSet of that revision, minus its pod-template-hash label).
 */

export interface PreviousState {
  /** Absent: the workload did not exist before this run (a first deploy). */
  live?: KubeObject;
  revision?: string;
  /** The pod template to restore. */
  template?: unknown;
  /** The ReplicaSet it came from (Deployments). */
  replicaSet?: string;
}

export async function recordPrevious(
  client: KubeClient,
  p: PlannedObject,
  signal?: AbortSignal,
): Promise<PreviousState> {
  const ns = p.object.metadata.namespace;
  let live: KubeObject;
  try {
    live = await client.request<KubeObject>('GET', resourcePath(p.info, ns, p.object.metadata.name), {
      signal,
    });
  } catch (err) {
    if (err instanceof ApiError && err.statusCode === 404) return {};
    throw client.explain(err);
  }
  const state: PreviousState = {
    live,
    revision: revisionOf(live),
    template: cleanTemplate(live.spec?.template),
  };
  if (live.kind === 'Deployment') {
    const list = await client.request<{ items: KubeObject[] }>(
      'GET',
      resourcePath(
        {
          group: 'apps',
          version: 'v1',
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          resource: 'replicasets',
          namespaced: true,
        },
        ns,
      ),
      { query: { labelSelector: selectorString(live.spec?.selector) }, signal },
    );
    const rs = newReplicaSet(live, list.items ?? []);
    if (rs) {
      state.replicaSet = rs.metadata.name;
      state.template = cleanTemplate(withoutHash(rs.spec?.template));
    }
  }
  return state;
}

/** A template as we can send it back in an apply: without server-only fields. */
export function cleanTemplate(template: unknown): unknown {
  if (!template || typeof template !== 'object') return template;
  const t = structuredClone(template) as { metadata?: Record<string, unknown> };
  if (t.metadata) {
    delete t.metadata.creationTimestamp;
    if (Object.keys(t.metadata).length === 0) delete t.metadata;
  }
  return t;
}

/** The object to apply for a rollback: what we applied, with the previous pod template back in place. */
export function rollbackObject(
  applied: KubeObject,
  previous: PreviousState,
  changeCause: string,
): KubeObject {
  const obj = structuredClone(applied);
  obj.spec = { ...obj.spec, template: previous.template };
  obj.metadata.annotations = { ...obj.metadata.annotations, 'kubernetes.io/change-cause': changeCause };
  return obj;
}

/**
 * A StatefulSet (OrderedReady) waits for ever on a pod of the bad revision that never becomes Ready, even
 * after its template is reverted: the documented "forced rollback" is to delete those pods. Waits (briefly)
 * for the controller to observe the reverted template, then deletes the pods of any other revision that are
 * not Ready.
 */
export async function releaseStuckStatefulSetPods(
  client: KubeClient,
  rolledBack: KubeObject,
  signal?: AbortSignal,
): Promise<string[]> {
  const ns = rolledBack.metadata.namespace;
  const stsPath = resourcePath(
    {
      group: 'apps',
      version: 'v1',
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      resource: 'statefulsets',
      namespaced: true,
    },
    ns,
    rolledBack.metadata.name,
  );
  const core = {
    group: '',
    version: 'v1',
    apiVersion: 'v1',
    kind: 'Pod',
    resource: 'pods',
    namespaced: true,
  };
  let current = rolledBack;
  // The controller observes a change within milliseconds; this is a bounded wait for that, not a rollout poll.
  for (
    let i = 0;
    i < 50 && (current.status?.observedGeneration ?? 0) < (rolledBack.metadata.generation ?? 0);
    i++
  ) {
    await sleep(100, signal);
    current = await client.request<KubeObject>('GET', stsPath, { signal });
  }
  const good = current.status?.updateRevision;
  if (!good) return [];
  const list = await client.request<{ items: KubeObject[] }>('GET', resourcePath(core, ns), {
    query: { labelSelector: selectorString(current.spec?.selector) },
    signal,
  });
  const deleted: string[] = [];
  for (const pod of list.items ?? []) {
    const owned = pod.metadata.ownerReferences?.some((o) => o.uid === current.metadata.uid);
    const revision = pod.metadata.labels?.['controller-revision-hash'];
    const ready = pod.status?.conditions?.some(
      (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
    );
    if (!owned || ready || !revision || revision === good || pod.metadata.deletionTimestamp) continue;
    await client.request('DELETE', resourcePath(core, ns, pod.metadata.name), { signal }).catch((err) => {
      if (!(err instanceof ApiError && err.statusCode === 404)) throw err;
    });
    deleted.push(pod.metadata.name!);
  }
  return deleted;
}

/** The ConfigMaps and Secrets a pod template references by name (env, envFrom, volumes, image pull secrets). */
export function templateReferences(template: unknown): { ConfigMap: Set<string>; Secret: Set<string> } {
  const refs = { ConfigMap: new Set<string>(), Secret: new Set<string>() };
  // biome-ignore lint/suspicious/noExplicitAny: a pod spec read field by field
  const spec = (template as { spec?: any } | undefined)?.spec;
  if (!spec) return refs;
  const add = (kind: 'ConfigMap' | 'Secret', name: unknown) => {
    if (typeof name === 'string' && name) refs[kind].add(name);
  };
  for (const c of [
    ...(spec.containers ?? []),
    ...(spec.initContainers ?? []),
    ...(spec.ephemeralContainers ?? []),
  ]) {
    for (const e of c?.env ?? []) {
      add('ConfigMap', e?.valueFrom?.configMapKeyRef?.name);
      add('Secret', e?.valueFrom?.secretKeyRef?.name);
    }
    for (const e of c?.envFrom ?? []) {
      add('ConfigMap', e?.configMapRef?.name);
      add('Secret', e?.secretRef?.name);
    }
  }
  for (const v of spec.volumes ?? []) {
    add('ConfigMap', v?.configMap?.name);
    add('Secret', v?.secret?.secretName);
    for (const s of v?.projected?.sources ?? []) {
      add('ConfigMap', s?.configMap?.name);
      add('Secret', s?.secret?.name);
    }
  }
  for (const s of spec.imagePullSecrets ?? []) add('Secret', s?.name);
  return refs;
}

/** A ConfigMap or Secret as it was before this run: the object, absent (did not exist), or why it is unknown. */
export interface PreviousConfig {
  live?: KubeObject;
  /** It could not be read (e.g. RBAC forbids reading Secrets): a rollback cannot restore it. */
  unreadable?: string;
}

export function isConfigObject(p: PlannedObject): boolean {
  return p.info.group === '' && (p.info.kind === 'ConfigMap' || p.info.kind === 'Secret');
}

export async function recordPreviousConfig(
  client: KubeClient,
  p: PlannedObject,
  signal?: AbortSignal,
): Promise<PreviousConfig> {
  try {
    const live = await client.request<KubeObject>(
      'GET',
      resourcePath(p.info, p.object.metadata.namespace, p.object.metadata.name),
      { signal },
    );
    return { live };
  } catch (err) {
    if (err instanceof ApiError && err.statusCode === 404) return {};
    if (err instanceof ApiError && err.statusCode === 403) return { unreadable: 'reading it is forbidden' };
    throw client.explain(err);
  }
}

/** The apply body that puts a ConfigMap's or Secret's previous content back (our labels kept). */
export function restoreConfigObject(planned: KubeObject, previous: KubeObject): KubeObject {
  const body: KubeObject = {
    apiVersion: planned.apiVersion,
    kind: planned.kind,
    metadata: {
      name: planned.metadata.name,
      namespace: planned.metadata.namespace,
      labels: planned.metadata.labels,
    },
  };
  for (const field of ['data', 'binaryData', 'type'] as const) {
    if (previous[field] !== undefined) body[field] = previous[field];
  }
  return body;
}
