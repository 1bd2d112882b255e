/*
 * Generates packages/manifests/schemas/<minor>/ from the Kubernetes OpenAPI v3 spec files that ship in
 * the k8s.io/kubernetes Go module (api/openapi-spec/v3), fetched through the Go module proxy with
 * `go mod download` at a pinned version:
 *
 *   npx tsx packages/manifests/scripts/generate-schemas.ts v1.34.4
 *
 * Why this source: it is the API server's own published schema for exactly that release (no community
 * re-generation lagging behind), it is reachable offline-from-the-internet through the Go proxy, and the
 * result is committed, so rendering needs no network at all. The spec is 11 MB; we keep only what
 * validation needs (types, properties, required, maps, lists, int-or-string, formats) for every creatable
 * kind, drop descriptions and defaults, and write one file per group-version so a run loads only the
 * group-versions of the kinds it actually renders.
 *
 * Output format (read by src/schema/catalog.ts):
 *   index.json: { version, source, groupVersions: { "apps/v1": { file, kinds: { Deployment: { ref, namespaced } } } } }
 *   <file>.json: { definitions: { <name>: Schema } } where Schema is
 *     { t?: 'object'|'array'|'string'|'integer'|'number'|'boolean'|'int-or-string'|'quantity'|'any',
 *       f?: 'int32'|'int64'|'byte', p?: { field: Schema }, r?: string[] (required),
 *       m?: Schema (map values), i?: Schema (items), ref?: string, x?: true (preserve unknown fields) }
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Json = Record<string, unknown>;

interface Compact {
  t?: string;
  f?: string;
  p?: Record<string, Compact>;
  r?: string[];
  m?: Compact;
  i?: Compact;
  ref?: string;
  x?: true;
}

const version = process.argv[2];
if (!version || !/^v1\.\d+\.\d+$/.test(version)) {
  console.error('usage: generate-schemas.ts v1.MINOR.PATCH');
  process.exit(2);
}
const minor = version.replace(/^v(\d+\.\d+)\.\d+$/, '$1');
const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'schemas', minor);

const download = JSON.parse(
  execFileSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${version}`], {
    encoding: 'utf8',
    env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=mod' },
    maxBuffer: 1 << 24,
  }),
) as { Dir: string };
const specDir = join(download.Dir, 'api', 'openapi-spec', 'v3');

const REF_PREFIX = '#/components/schemas/';
const KEEP_FORMATS = new Set(['int32', 'int64', 'byte']);

function compact(s: Json): Compact {
  const allOf = s.allOf as Json[] | undefined;
  if (typeof s.$ref === 'string') return { ref: s.$ref.slice(REF_PREFIX.length) };
  if (allOf && allOf.length === 1 && typeof allOf[0]!.$ref === 'string') return compact(allOf[0]!);
  const out: Compact = {};
  if (s.format === 'int-or-string' || s['x-kubernetes-int-or-string']) out.t = 'int-or-string';
  else if (Array.isArray(s.oneOf))
    out.t = 'quantity'; // Quantity: string or number
  else if (typeof s.type === 'string') out.t = s.type;
  else out.t = 'any';
  if (typeof s.format === 'string' && KEEP_FORMATS.has(s.format)) out.f = s.format;
  if (s.properties) {
    out.p = {};
    for (const [k, v] of Object.entries(s.properties as Record<string, Json>).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      out.p[k] = compact(v);
    }
  }
  if (Array.isArray(s.required) && s.required.length > 0) out.r = [...(s.required as string[])].sort();
  if (s.additionalProperties && typeof s.additionalProperties === 'object')
    out.m = compact(s.additionalProperties as Json);
  if (s.items && typeof s.items === 'object') out.i = compact(s.items as Json);
  if (s['x-kubernetes-preserve-unknown-fields']) out.x = true;
  return out;
}

function refsOf(s: Compact, acc: Set<string>): void {
  if (s.ref) acc.add(s.ref);
  for (const v of Object.values(s.p ?? {})) refsOf(v, acc);
  if (s.m) refsOf(s.m, acc);
  if (s.i) refsOf(s.i, acc);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const index: { version: string; source: string; groupVersions: Record<string, unknown> } = {
  version,
  source: `k8s.io/kubernetes@${version} api/openapi-spec/v3 (Go module proxy)`,
  groupVersions: {},
};
let totalBytes = 0;

for (const file of readdirSync(specDir).sort()) {
  // api__v1_openapi.json, apis__apps__v1_openapi.json; skip group lists (apis__apps_openapi.json).
  const m = /^(?:api__(v1)|apis__([^_]+(?:_[^_]+)*)__(v[^_]+))_openapi\.json$/.exec(file);
  if (!m) continue;
  const group = m[1] ? '' : m[2]!;
  const ver = m[1] ?? m[3]!;
  const gv = group ? `${group}/${ver}` : ver;
  const spec = JSON.parse(readFileSync(join(specDir, file), 'utf8')) as Json;
  const schemas = (spec.components as Json).schemas as Record<string, Json>;

  // Scope from the create paths: /namespaces/{namespace}/ in the POST path means namespaced.
  const namespaced = new Map<string, boolean>();
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Json>)) {
    const post = ops.post as Json | undefined;
    const gvk = post?.['x-kubernetes-group-version-kind'] as { kind: string } | undefined;
    if (gvk && !path.includes('/{name}/'))
      namespaced.set(gvk.kind, path.includes('/namespaces/{namespace}/'));
  }

  const kinds: Record<string, { ref: string; namespaced: boolean }> = {};
  for (const [name, s] of Object.entries(schemas)) {
    if (name.startsWith('io.k8s.apimachinery.pkg.apis.meta.v1.')) continue; // DeleteOptions, WatchEvent...
    for (const g of (s['x-kubernetes-group-version-kind'] as {
      group: string;
      version: string;
      kind: string;
    }[]) ?? []) {
      if (g.group !== group || g.version !== ver) continue;
      // Creatable kinds (a POST path) and their *List forms, which `kubectl apply` also accepts.
      const base = g.kind.endsWith('List') ? g.kind.slice(0, -4) : g.kind;
      if (!namespaced.has(base)) continue;
      kinds[g.kind] = { ref: name, namespaced: namespaced.get(base)! };
    }
  }
  if (Object.keys(kinds).length === 0) continue;

  const definitions: Record<string, Compact> = {};
  const todo = Object.values(kinds).map((k) => k.ref);
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (definitions[name]) continue;
    const s = schemas[name];
    if (!s) throw new Error(`${file}: unresolved $ref ${name}`);
    definitions[name] = compact(s);
    const refs = new Set<string>();
    refsOf(definitions[name], refs);
    for (const r of refs) if (!definitions[r]) todo.push(r);
  }
  const sorted = Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b)));
  const outName = (group ? `${group}__${ver}` : `core__${ver}`).replace(/[^A-Za-z0-9_.-]/g, '_');
  const text = `${JSON.stringify({ definitions: sorted })}\n`;
  writeFileSync(join(outDir, `${outName}.json`), text);
  totalBytes += text.length;
  index.groupVersions[gv] = {
    file: outName,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))),
  };
}
writeFileSync(join(outDir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
console.log(
  `${outDir}: ${Object.keys(index.groupVersions).length} group-versions, ${(totalBytes / 1024).toFixed(0)} KiB`,
);
