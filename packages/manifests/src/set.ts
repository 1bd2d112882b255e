/*
 * Operations on the whole rendered set: namespaces, duplicates, deterministic order and key order.
 */
import { kindRank } from '@goship/contract';
import { UserError } from '@goship/kit';
import {
  describe,
  groupOf,
  isObject,
  type JsonObject,
  locate,
  type Manifest,
  refOf,
  where,
} from './model.js';

/**
 * Fills `namespace` into namespaced objects that have none; an object's own metadata.namespace is never
 * overridden (k8s-deploy's forced --namespace breaks exactly those, Azure/k8s-deploy#163). Returns the
 * kinds whose scope is unknown (custom resources), which are left alone.
 */
export async function fillNamespace(
  manifests: Manifest[],
  namespace: string,
  isNamespaced: (apiVersion: string, kind: string) => Promise<boolean | undefined>,
): Promise<string[]> {
  const unknown: string[] = [];
  for (const m of manifests) {
    const r = refOf(m);
    if (r.namespace) continue;
    const scoped = await isNamespaced(r.apiVersion, r.kind);
    if (scoped === undefined) {
      unknown.push(describe(m));
      continue;
    }
    if (scoped) (m.object.metadata as JsonObject).namespace = namespace;
  }
  return unknown;
}

/** Same group, kind, namespace and name twice: the second apply would silently replace the first. */
export function findDuplicates(manifests: Manifest[]): UserError[] {
  const seen = new Map<string, Manifest>();
  const errors: UserError[] = [];
  for (const m of manifests) {
    const r = refOf(m);
    const key = `${groupOf(r.apiVersion)}|${r.kind}|${r.namespace}|${r.name}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, m);
      continue;
    }
    const message = `Duplicate object ${describe(m)}: defined at ${where(first)} and at ${where(m)}`;
    const hint = 'Each kind/namespace/name may appear once; remove one or rename it.';
    errors.push(
      new UserError(message, { hint, location: locate(first) }),
      new UserError(message, { hint, location: locate(m) }),
    );
  }
  return errors;
}

/**
 * Deterministic order: the chain's kind order (@goship/contract, the order k8s-rollout applies in), then
 * kind (unlisted kinds alphabetically), namespace, name and apiVersion.
 */
export function sortManifests(manifests: Manifest[]): Manifest[] {
  const key = (m: Manifest) => {
    const r = refOf(m);
    return { rank: kindRank(r.kind), ...r };
  };
  return [...manifests].sort((x, y) => {
    const a = key(x);
    const b = key(y);
    return (
      a.rank - b.rank ||
      cmp(a.kind, b.kind) ||
      cmp(a.namespace, b.namespace) ||
      cmp(a.name, b.name) ||
      cmp(a.apiVersion, b.apiVersion)
    );
  });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const TOP_KEYS = ['apiVersion', 'kind', 'metadata'];
const META_KEYS = ['name', 'namespace', 'labels', 'annotations'];
const SORTED_MAPS = new Set([
  'labels',
  'annotations',
  'data',
  'stringData',
  'binaryData',
  'nodeSelector',
  'matchLabels',
  'selector',
]);

/**
 * Stable key order: apiVersion, kind, metadata first (name, namespace, labels, annotations), label-like
 * maps sorted, everything else in the order it was written (our builtin templates write it in the
 * conventional order). The same input therefore always renders byte for byte the same.
 */
export function canonical(object: JsonObject): JsonObject {
  return orderKeys(object, TOP_KEYS, (k, v) =>
    k === 'metadata' && isObject(v) ? orderKeys(v, META_KEYS, deep) : deep(k, v),
  );
}

function orderKeys(
  o: JsonObject,
  first: string[],
  child: (k: string, v: JsonObject[string]) => JsonObject[string],
): JsonObject {
  const out: JsonObject = {};
  for (const k of first) if (k in o) out[k] = child(k, o[k]!);
  for (const [k, v] of Object.entries(o)) if (!first.includes(k)) out[k] = child(k, v);
  return out;
}

function deep(key: string, v: JsonObject[string]): JsonObject[string] {
  if (Array.isArray(v)) return v.map((item) => deep('', item));
  if (!isObject(v)) return v;
  if (SORTED_MAPS.has(key) && Object.values(v).every((x) => !isObject(x) && !Array.isArray(x))) {
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => cmp(a, b)));
  }
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) out[k] = deep(k, x);
  return out;
}
