import { ApiError, type KubeClient } from './client.js';
import { resourcePath } from './discovery.js';
import { newReplicaSet, revisionOf, withoutHash } from './evaluate.js';
import type { PlannedObject } from './plan.js';
import { selectorString } from './selectors.js';
import type { KubeObject } from './types.js';

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
