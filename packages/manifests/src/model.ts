import type { SourceLocation } from '@goship/kit';

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A path into an object: map keys and list indexes (`['spec', 'ports', 0, 'port']`). */
export type FieldPath = readonly (string | number)[];

export interface Position {
  line: number;
  column: number;
}

/** Where an object came from: a file the user wrote, or a tool's output that we can only name. */
export interface Origin {
  /** Workspace-relative path for annotations (the user's file, a chart template, a kustomization). */
  file?: string;
  /** Line of the document start in `file` (only when `file` is the text we parsed). */
  line?: number;
  /** Positions of fields inside the document, by pathKey (only when `file` is the text we parsed). */
  positions?: Map<string, Position>;
  /** How it was produced, for messages: `builtin`, `kustomize`, `helm`, `files`. */
  via: string;
}

/** One Kubernetes object and its origin. */
export interface Manifest {
  object: JsonObject;
  origin: Origin;
}

export const pathKey = (path: FieldPath): string => path.join('\u0001');

/** `spec.template.spec.containers[0].ports[1].containerPort`, as kubectl prints field paths. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/**
 * The closest recorded position of `path` (or of its nearest recorded ancestor, e.g. the map holding a
 * missing field), as an annotation location.
 */
export function locate(m: Manifest, path: FieldPath = []): SourceLocation | undefined {
  const { file, positions, line } = m.origin;
  if (!file) return undefined;
  if (positions) {
    for (let n = path.length; n >= 0; n--) {
      const p = positions.get(pathKey(path.slice(0, n)));
      if (p) return { file, line: p.line, column: p.column };
    }
  }
  return line !== undefined ? { file, line } : { file };
}

/** `file:line` for messages, or the way the object was produced when it has no file. */
export function where(m: Manifest, path: FieldPath = []): string {
  const loc = locate(m, path);
  if (!loc) return `(${m.origin.via})`;
  return loc.line !== undefined ? `${loc.file}:${loc.line}` : loc.file;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function get(obj: Json | undefined, path: FieldPath): Json | undefined {
  let cur: Json | undefined = obj;
  for (const p of path) {
    if (typeof p === 'number') cur = Array.isArray(cur) ? cur[p] : undefined;
    else cur = isObject(cur) ? cur[p] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

export interface ObjectRef {
  apiVersion: string;
  kind: string;
  namespace: string;
  name: string;
}

export function refOf(m: Manifest): ObjectRef {
  const o = m.object;
  const meta = isObject(o.metadata) ? o.metadata : {};
  return {
    apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : '',
    kind: typeof o.kind === 'string' ? o.kind : '',
    namespace: typeof meta.namespace === 'string' ? meta.namespace : '',
    name: typeof meta.name === 'string' ? meta.name : '',
  };
}

/** `Deployment/hello` or `Deployment/prod/hello`. */
export function describe(m: Manifest): string {
  const r = refOf(m);
  return r.namespace ? `${r.kind}/${r.namespace}/${r.name}` : `${r.kind}/${r.name}`;
}

/** The API group of an apiVersion (`apps/v1` → `apps`, `v1` → ``). */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}
