import { ApiError, type KubeClient } from './client.js';
import type { KubeObject } from './types.js';

/** How the API server serves one kind: the REST resource and whether it lives in a namespace. */
export interface ResourceInfo {
  apiVersion: string;
  group: string;
  version: string;
  kind: string;
  resource: string;
  namespaced: boolean;
  /** Known only from a CustomResourceDefinition in the same manifests (not on the server yet). */
  pendingCrd?: boolean;
}

interface ApiResourceList {
  resources?: { name: string; kind: string; namespaced: boolean }[];
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: apiVersion }
    : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1) };
}

/** `/api/v1/namespaces/ns/deployments/name` and friends. */
export function resourcePath(info: ResourceInfo, namespace?: string, name?: string): string {
  const base = info.group ? `/apis/${info.group}/${info.version}` : `/api/${info.version}`;
  const ns = info.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${ns}/${info.resource}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

/**
 * Maps kinds to resources through the discovery API, one request per group-version that the manifests
 * use (fetched in parallel, cached), rather than the whole discovery document.
 */
export class Discovery {
  private readonly lists = new Map<string, Promise<ApiResourceList | undefined>>();
  private readonly fromCrds = new Map<string, ResourceInfo>();

  constructor(private readonly client: KubeClient) {}

  /** Kinds defined by CustomResourceDefinitions in the manifests, usable before the CRD exists. */
  addCrds(objects: KubeObject[]): void {
    for (const crd of objects) {
      if (crd.kind !== 'CustomResourceDefinition') continue;
      const spec = crd.spec ?? {};
      for (const v of spec.versions ?? []) {
        const apiVersion = `${spec.group}/${v.name}`;
        this.fromCrds.set(`${apiVersion}|${spec.names?.kind}`, {
          apiVersion,
          group: spec.group,
          version: v.name,
          kind: spec.names?.kind,
          resource: spec.names?.plural,
          namespaced: spec.scope !== 'Cluster',
          pendingCrd: true,
        });
      }
    }
  }

  /** Forgets cached lists (after CRDs were created). */
  reset(): void {
    this.lists.clear();
  }

  async resolve(apiVersion: string, kind: string): Promise<ResourceInfo | undefined> {
    const list = await this.list(apiVersion);
    const found = list?.resources?.find((r) => r.kind === kind && !r.name.includes('/'));
    if (found) {
      return {
        apiVersion,
        ...splitApiVersion(apiVersion),
        kind,
        resource: found.name,
        namespaced: found.namespaced,
      };
    }
    return this.fromCrds.get(`${apiVersion}|${kind}`);
  }

  /** The group's preferred group-version (e.g. `rbac.authorization.k8s.io/v1`), if the server serves the group. */
  async preferredVersion(group: string): Promise<string | undefined> {
    try {
      const g = await this.client.request<{ preferredVersion?: { groupVersion?: string } }>(
        'GET',
        `/apis/${encodeURIComponent(group)}`,
      );
      return g.preferredVersion?.groupVersion;
    } catch (err) {
      if (err instanceof ApiError && err.statusCode === 404) return undefined;
      throw err;
    }
  }

  /** The kinds the server offers in this group-version (for "did you mean" in errors). */
  async kindsIn(apiVersion: string): Promise<string[] | undefined> {
    const list = await this.list(apiVersion);
    return list?.resources?.filter((r) => !r.name.includes('/')).map((r) => r.kind);
  }

  private list(apiVersion: string): Promise<ApiResourceList | undefined> {
    let p = this.lists.get(apiVersion);
    if (!p) {
      const { group, version } = splitApiVersion(apiVersion);
      const path = group ? `/apis/${group}/${version}` : `/api/${version}`;
      p = this.client.request<ApiResourceList>('GET', path).catch((err) => {
        if (err instanceof ApiError && (err.statusCode === 404 || err.statusCode === 406)) return undefined;
        throw err;
      });
      this.lists.set(apiVersion, p);
    }
    return p;
  }
}
