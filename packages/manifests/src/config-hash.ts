/*
 * Config hashes: pods read their ConfigMaps and Secrets only when they start, so a changed ConfigMap rolls
 * nothing by itself. Every pod template that reads a ConfigMap or Secret of the rendered set gets
 * CONFIG_HASH_ANNOTATION, a hash of those objects' content: a change to one of them changes the template
 * (the controller rolls the pods), and an unchanged set leaves it byte for byte the same (no rollout).
 * The same for every source: the builtin templates, the user's files, kustomize and helm output.
 */
import { createHash } from 'node:crypto';
import { CONFIG_HASH_ANNOTATION } from '@goship/contract';
import { get, isObject, type Json, type JsonObject, type Manifest, refOf } from './model.js';
import { containersOf, type PodTemplate, podTemplateOf } from './workloads.js';

type ConfigKind = 'ConfigMap' | 'Secret';

/** The fields a pod sees of each kind (metadata, labels and the like do not change what a pod reads). */
const CONTENT_FIELDS: Record<ConfigKind, string[]> = {
  ConfigMap: ['data', 'binaryData'],
  Secret: ['data', 'stringData'],
};

/** JSON with every map's keys sorted: the same content always gives the same text, however written. */
export function stableJson(v: Json | undefined): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (!isObject(v)) return JSON.stringify(v);
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(v[k])}`).join(',')}}`;
}

/**
 * The short content hash annotations carry: sha256 over the stable JSON, 16 hex digits. One-way, so a
 * Secret's content hashed here never shows in the rendered set, a log or a summary.
 */
export function contentHash(v: Json): string {
  return createHash('sha256').update(stableJson(v)).digest('hex').slice(0, 16);
}

const refKey = (kind: string, namespace: string, name: string) => `${kind}\u0000${namespace}\u0000${name}`;

/** Every ConfigMap and Secret a pod (spec) names: env, envFrom, volumes and projected volume sources. */
export function configReferences(t: PodTemplate): { kind: ConfigKind; name: string }[] {
  const found = new Map<string, { kind: ConfigKind; name: string }>();
  const add = (kind: ConfigKind, name: Json | undefined) => {
    if (typeof name === 'string' && name !== '') found.set(`${kind}\u0000${name}`, { kind, name });
  };
  for (const { container } of containersOf(t)) {
    const env = container.env;
    for (const e of Array.isArray(env) ? env : []) {
      add('ConfigMap', get(e, ['valueFrom', 'configMapKeyRef', 'name']));
      add('Secret', get(e, ['valueFrom', 'secretKeyRef', 'name']));
    }
    const envFrom = container.envFrom;
    for (const e of Array.isArray(envFrom) ? envFrom : []) {
      add('ConfigMap', get(e, ['configMapRef', 'name']));
      add('Secret', get(e, ['secretRef', 'name']));
    }
  }
  const volumes = get(t.manifest.object, [...t.path, 'spec', 'volumes']);
  for (const v of Array.isArray(volumes) ? volumes : []) {
    add('ConfigMap', get(v, ['configMap', 'name']));
    add('Secret', get(v, ['secret', 'secretName']));
    const sources = get(v, ['projected', 'sources']);
    for (const s of Array.isArray(sources) ? sources : []) {
      add('ConfigMap', get(s, ['configMap', 'name']));
      add('Secret', get(s, ['secret', 'name']));
    }
  }
  return [...found.values()].sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1));
}

/**
 * Sets CONFIG_HASH_ANNOTATION on every pod template that reads a ConfigMap or Secret of the set (same
 * namespace). References to objects outside the set are left alone: their content is not known here.
 * A template reading none of the set's objects is not touched. Bare Pods (no template: an annotation
 * change restarts nothing) and Jobs (an applied Job's template is immutable, so a changed hash would fail
 * the apply) are skipped.
 */
export function annotateConfigHashes(manifests: Manifest[]): void {
  const content = new Map<string, JsonObject>();
  for (const m of manifests) {
    const r = refOf(m);
    if (r.apiVersion !== 'v1' || (r.kind !== 'ConfigMap' && r.kind !== 'Secret')) continue;
    const fields: JsonObject = {};
    for (const f of CONTENT_FIELDS[r.kind]) if (m.object[f] !== undefined) fields[f] = m.object[f]!;
    content.set(refKey(r.kind, r.namespace, r.name), fields);
  }
  if (content.size === 0) return;
  for (const m of manifests) {
    const t = podTemplateOf(m);
    if (!t || t.path.length === 0 || refOf(m).kind === 'Job') continue;
    const pod = get(m.object, t.path);
    if (!isObject(pod)) continue;
    const read: Json[] = [];
    for (const { kind, name } of configReferences(t)) {
      const fields = content.get(refKey(kind, t.namespace, name));
      if (fields) read.push({ kind, name, ...fields });
    }
    if (read.length === 0) continue;
    if (!isObject(pod.metadata)) pod.metadata = {};
    const meta = pod.metadata as JsonObject;
    meta.annotations = {
      ...(isObject(meta.annotations) ? meta.annotations : {}),
      [CONFIG_HASH_ANNOTATION]: contentHash(read),
    };
  }
}
