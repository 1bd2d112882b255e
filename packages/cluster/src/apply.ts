import { UserError } from '@goship/kit';
import { ApiError, type KubeClient } from './client.js';
import { resourcePath } from './discovery.js';
import type { PlannedObject } from './plan.js';
import type { KubeObject } from './types.js';

/*
 * Server-side apply (PATCH application/apply-patch+yaml, field manager `goship`), with dryRun=All for
 * validation, strict field validation (unknown fields are errors, as kubectl --validate=strict), and
 * errors turned into messages that name the object, its file:line, the field and the fix.
 */

export const FIELD_MANAGER = 'goship';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export interface ApplyOptions {
  force: boolean;
  /** false: create, or a three-way JSON merge patch against the last-applied annotation (kubectl's client-side apply). */
  serverSide: boolean;
  signal?: AbortSignal;
}

export interface ApplyResult {
  object: KubeObject;
  /** HTTP 201: the object did not exist. */
  created: boolean;
}

export async function applyObject(
  client: KubeClient,
  p: PlannedObject,
  opts: ApplyOptions,
  dryRun: boolean,
): Promise<ApplyResult> {
  const name = p.object.metadata.name!;
  const path = resourcePath(p.info, p.object.metadata.namespace, name);
  const query = {
    fieldManager: FIELD_MANAGER,
    fieldValidation: 'Strict',
    dryRun: dryRun ? 'All' : undefined,
  };
  if (opts.serverSide) {
    const res = await client.requestWithStatus<KubeObject>('PATCH', path, {
      query: { ...query, force: opts.force ? 'true' : undefined },
      body: p.object,
      contentType: 'application/apply-patch+yaml',
      signal: opts.signal,
    });
    return { object: res.body, created: res.statusCode === 201 };
  }
  return clientSideApply(client, p, path, query, opts.signal);
}

async function clientSideApply(
  client: KubeClient,
  p: PlannedObject,
  path: string,
  query: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<ApplyResult> {
  const desired = structuredClone(p.object);
  desired.metadata.annotations = {
    ...desired.metadata.annotations,
    [LAST_APPLIED]: JSON.stringify(p.object),
  };
  let live: KubeObject | undefined;
  try {
    live = await client.request<KubeObject>('GET', path, { signal });
  } catch (err) {
    if (!(err instanceof ApiError && err.statusCode === 404)) throw err;
  }
  if (!live) {
    const collection = resourcePath(p.info, p.object.metadata.namespace);
    const object = await client.request<KubeObject>('POST', collection, {
      query,
      body: desired,
      signal,
      attempts: 1,
    });
    return { object, created: true };
  }
  const previous = parseJson(live.metadata.annotations?.[LAST_APPLIED]);
  const patch = mergePatch(previous, desired);
  const object = await client.request<KubeObject>('PATCH', path, {
    query,
    body: patch,
    contentType: 'application/merge-patch+json',
    signal,
  });
  return { object, created: false };
}

function parseJson(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A JSON merge patch (RFC 7386) that sets everything in `desired` and removes what the previous apply set
 * but `desired` no longer has — the three-way part of client-side apply. Lists are replaced whole.
 */
export function mergePatch(previous: unknown, desired: unknown): unknown {
  if (!isMap(desired)) return desired;
  const out: Record<string, unknown> = {};
  const prev = isMap(previous) ? previous : {};
  for (const [k, v] of Object.entries(desired)) out[k] = isMap(v) ? mergePatch(prev[k], v) : v;
  for (const k of Object.keys(prev)) if (!(k in desired)) out[k] = null;
  return out;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `spec.template.spec.containers[0].image` or `.spec.replicas` → ['spec', …, 0, 'image']. */
export function fieldPath(field: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of field.replace(/^\./, '').matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

/** The nearest line for a field path: the field itself, or the closest parent that is written. */
function lineFor(p: PlannedObject, field: string | undefined): number {
  const path = field ? fieldPath(field.replace(/\[name=[^\]]*\]/g, '')) : [];
  for (let n = path.length; n > 0; n--) {
    const line = p.manifest.lineOf(path.slice(0, n));
    if (line !== undefined) return line;
  }
  return p.manifest.origin.line;
}

/** Turns a rejected apply (dry-run or real) into a message naming the object, the field and the fix. */
export function explainApplyError(
  err: unknown,
  p: PlannedObject,
  client: Pick<KubeClient, 'explain' | 'target'>,
): unknown {
  if (!(err instanceof ApiError)) return client.explain(err);
  const obj = p.object;
  const what = `${obj.kind} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`;
  const at = `${p.manifest.origin.file}:${p.manifest.origin.line}`;
  const atField = (field?: string) => `${p.manifest.origin.file}:${lineFor(p, field)}`;
  const causes = err.status.details?.causes ?? [];
  const location = (field?: string) => ({ file: p.manifest.origin.file, line: lineFor(p, field) });
  const message = err.status.message ?? err.message;

  const immutable = causes.filter((c) => /immutable/i.test(c.message ?? ''));
  if (immutable.length > 0 || /field is immutable/i.test(message)) {
    const fields = immutable.map((c) => c.field).filter(Boolean) as string[];
    const field = fields[0] ?? /(spec\.[\w.[\]]+)/.exec(message)?.[1] ?? 'a field';
    return new UserError(
      `${atField(field)}: ${what}: ${fields.length > 1 ? `fields ${fields.join(', ')} are` : `field ${field} is`} immutable and differ${fields.length > 1 ? '' : 's'} from the live object (the server said: ${message})`,
      {
        hint: `The server keeps ${field} as it was created. Either keep the old value in the manifest, or replace the object: delete it (\`kubectl delete ${obj.kind.toLowerCase()} ${obj.metadata.name}${obj.metadata.namespace ? ` -n ${obj.metadata.namespace}` : ''}\`; its pods are recreated) and run again, or deploy it under a new name.`,
        location: location(field),
        cause: err,
      },
    );
  }
  if (err.statusCode === 409 && /conflict/i.test(message)) {
    const managers = [...message.matchAll(/conflict with "([^"]+)"/g)].map((m) => m[1]);
    const fields = [...message.matchAll(/:\s*(\.[\w.[\]="-]+)/g)].map((m) => m[1]!);
    return new UserError(`${atField(fields[0])}: ${what}: ${message}`, {
      hint: `Field${fields.length > 1 ? 's' : ''} ${fields.join(', ') || '(see above)'} ${fields.length > 1 ? 'are' : 'is'} owned by another field manager (${[...new Set(managers)].join(', ') || 'unknown'}), and the manifest sets a different value. Set \`force-conflicts: true\` to take them over, or remove them from the manifest to leave them to that manager.`,
      location: location(fields[0]),
      cause: err,
    });
  }
  if (err.statusCode === 404 && err.status.details?.kind === 'namespaces') {
    const ns = err.status.details.name ?? obj.metadata.namespace;
    return new UserError(`${at}: ${what}: namespace '${ns}' does not exist on the server`, {
      hint: `Create the namespace first or add a Namespace manifest for '${ns}' to the manifests.`,
      location: location('metadata.namespace'),
      cause: err,
    });
  }
  if (err.statusCode === 403) {
    return new UserError(`${at}: ${what}: forbidden: ${message}`, {
      hint: `The kubeconfig's user '${client.target.user}' lacks RBAC permission for this; grant it (a Role/ClusterRole and binding) or use a different kubeconfig.`,
      location: location(),
      cause: err,
    });
  }
  if (
    err.statusCode === 422 ||
    err.statusCode === 400 ||
    (err.statusCode === 500 && /typed patch|unmarshal|decod/i.test(message))
  ) {
    const first =
      causes.find((c) => c.field)?.field ??
      /(\.[\w.[\]]+): field not declared in schema/.exec(message)?.[1] ??
      /unknown field "([\w.[\]]+)"/.exec(message)?.[1] ??
      /(\.spec[\w.[\]]*):/.exec(message)?.[1];
    return new UserError(`${atField(first)}: ${what} is invalid: ${message}`, {
      hint: 'Fix the manifest; the server rejected it before anything was changed.',
      location: location(first),
      cause: err,
    });
  }
  return new UserError(
    `${at}: ${what}: the API server answered ${err.statusCode} ${err.reason}: ${message}`,
    { location: location(), cause: err },
  );
}
