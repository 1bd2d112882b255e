/*
 * The release in the service's own telemetry (issue 21, `otel: true`): the containers that run the built
 * image get the OpenTelemetry SDK's standard variables, so every span and metric the service exports names
 * the version, commit and environment this render proves, and the pod it came from:
 * - OTEL_SERVICE_NAME (the workload's name),
 * - OTEL_RESOURCE_ATTRIBUTES: service.version, vcs.ref.head.revision, deployment.environment.name, and
 *   service.namespace, service.instance.id, k8s.* from the downward API (fieldRef variables named as the
 *   OpenTelemetry Operator names them, defined before the value that refers to them: the kubelet expands
 *   $(VAR) only from variables defined earlier in the list),
 * - OTEL_EXPORTER_OTLP_ENDPOINT when `otel-endpoint` gives one.
 * What the user's manifests already set stays theirs. A value they set for a key goship knows is checked
 * like the port: a service.version that is not the version being deployed fails the render at its line.
 */
import { InputError, type Inputs, UserError as Problem, type UserError } from '@goship/kit';
import {
  describe,
  type FieldPath,
  isObject,
  type Json,
  type JsonObject,
  locate,
  type Manifest,
  refOf,
} from './model.js';
import type { Notice } from './schema/index.js';
import type { ContainerRef } from './workloads.js';

export interface TelemetryRequest {
  version: string;
  commit: string;
  /** deployment.environment.name (the `environment` input), when given. */
  environment?: string;
  /** OTEL_EXPORTER_OTLP_ENDPOINT for the service (the `otel-endpoint` input), when given. */
  endpoint?: string;
}

/** What was set on one container, for the summary. */
export interface TelemetryRow {
  container: string;
  serviceName: string;
  /** `key=value` pairs goship added (downward API values as `$(VAR)`). */
  added: string[];
  /** Keys the manifests set themselves and goship checked (or could not check). */
  kept: string[];
}

export interface TelemetryResult {
  rows: TelemetryRow[];
  errors: UserError[];
  notices: Notice[];
}

/** The downward API variables, under the names the OpenTelemetry Operator gives them. */
const DOWNWARD: [name: string, fieldPath: string][] = [
  ['OTEL_RESOURCE_ATTRIBUTES_NAMESPACE_NAME', 'metadata.namespace'],
  ['OTEL_RESOURCE_ATTRIBUTES_POD_NAME', 'metadata.name'],
  ['OTEL_RESOURCE_ATTRIBUTES_POD_UID', 'metadata.uid'],
  ['OTEL_RESOURCE_ATTRIBUTES_NODE_NAME', 'spec.nodeName'],
];

/** The k8s.<kind>.name attribute of each workload kind (OpenTelemetry's k8s resource conventions). */
const WORKLOAD_ATTRIBUTE: Record<string, string> = {
  Deployment: 'k8s.deployment.name',
  StatefulSet: 'k8s.statefulset.name',
  DaemonSet: 'k8s.daemonset.name',
  ReplicaSet: 'k8s.replicaset.name',
  Job: 'k8s.job.name',
  CronJob: 'k8s.cronjob.name',
};

/** Keys whose value is this release's: a different one in the manifests is a disagreement, not a choice. */
const RELEASE_KEYS = ['service.version', 'vcs.ref.head.revision', 'deployment.environment.name'] as const;

/** W3C-baggage-like `k=v,k=v` as OTEL_RESOURCE_ATTRIBUTES carries it (values percent-encoded). */
export function parseResourceAttributes(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const pair of value.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const raw = pair.slice(eq + 1).trim();
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // not percent-encoded: compared as written
    }
    out.set(pair.slice(0, eq).trim(), decoded);
  }
  return out;
}

const ref = (name: string) => `$(${name})`;

/** goship's attributes for one container: literal values encoded, downward references as $(VAR). */
function attributesFor(c: ContainerRef, t: TelemetryRequest): [string, string][] {
  const r = refOf(c.template.manifest);
  const literal = (v: string) => encodeURIComponent(v);
  const out: [string, string][] = [['service.version', literal(t.version)]];
  if (t.commit) out.push(['vcs.ref.head.revision', literal(t.commit)]);
  if (t.environment) out.push(['deployment.environment.name', literal(t.environment)]);
  const [ns, pod, uid, node] = DOWNWARD.map(([name]) => ref(name));
  out.push(
    ['service.namespace', ns!],
    ['service.instance.id', `${ns}.${pod}.${literal(c.name)}`],
    ['k8s.namespace.name', ns!],
    ['k8s.pod.name', pod!],
    ['k8s.pod.uid', uid!],
    ['k8s.node.name', node!],
    ['k8s.container.name', literal(c.name)],
  );
  const workload = WORKLOAD_ATTRIBUTE[r.kind];
  if (workload) out.push([workload, literal(r.name)]);
  return out;
}

interface EnvEntry {
  index: number;
  entry: JsonObject;
}

function envList(c: ContainerRef): { list: Json[]; byName: Map<string, EnvEntry> } {
  if (!Array.isArray(c.container.env)) c.container.env = [];
  const list = c.container.env as Json[];
  const byName = new Map<string, EnvEntry>();
  list.forEach((entry, index) => {
    if (isObject(entry) && typeof entry.name === 'string') byName.set(entry.name, { index, entry });
  });
  return { list, byName };
}

/**
 * Sets the telemetry variables on each container `isBuilt` picks. `configMaps` (namespace/name) resolve the
 * user's envFrom, so a value given there is checked and kept rather than silently replaced by an env entry
 * (env wins over envFrom in the kubelet).
 */
export function injectTelemetry(
  containers: ContainerRef[],
  configMaps: Map<string, Manifest>,
  t: TelemetryRequest,
): TelemetryResult {
  const result: TelemetryResult = { rows: [], errors: [], notices: [] };
  for (const c of containers) {
    const m = c.template.manifest;
    const { list, byName } = envList(c);
    const fromEnvFrom = envFromValues(c, configMaps, result.notices);
    const row: TelemetryRow = {
      container: `${describe(m)} container ${c.name}`,
      serviceName: '',
      added: [],
      kept: [],
    };
    const has = (name: string) => byName.has(name) || fromEnvFrom.has(name);

    for (const [name, fieldPath] of DOWNWARD)
      if (!byName.has(name)) list.push({ name, valueFrom: { fieldRef: { fieldPath } } });

    const serviceName =
      byName.get('OTEL_SERVICE_NAME')?.entry.value ?? fromEnvFrom.get('OTEL_SERVICE_NAME')?.value;
    if (has('OTEL_SERVICE_NAME')) {
      row.serviceName = typeof serviceName === 'string' ? serviceName : '(valueFrom)';
      row.kept.push('OTEL_SERVICE_NAME');
    } else {
      row.serviceName = refOf(m).name;
      list.push({ name: 'OTEL_SERVICE_NAME', value: row.serviceName });
    }

    const ours = attributesFor(c, t);
    const own = byName.get('OTEL_RESOURCE_ATTRIBUTES');
    const theirs = own
      ? {
          value: own.entry.value,
          manifest: m,
          path: [...c.path, 'env', own.index, 'value'] as FieldPath,
          via: '',
        }
      : fromEnvFrom.get('OTEL_RESOURCE_ATTRIBUTES');
    if (theirs && typeof theirs.value !== 'string') {
      // valueFrom a Secret or a ConfigMap outside the set: nothing to compare, and theirs stands.
      row.kept.push('OTEL_RESOURCE_ATTRIBUTES (not checked: valueFrom)');
      result.notices.push({
        message: `${row.container}: OTEL_RESOURCE_ATTRIBUTES comes from valueFrom; goship cannot check that its service.version is ${t.version}`,
        location: locate(theirs.manifest, theirs.path),
      });
    } else if (theirs) {
      const given = parseResourceAttributes(theirs.value as string);
      const expected = new Map(ours.map(([k, v]) => [k, decodeURIComponent(v)]));
      for (const key of RELEASE_KEYS) {
        const want = expected.get(key);
        const got = given.get(key);
        if (want === undefined || got === undefined || got === want) continue;
        result.errors.push(
          new Problem(
            `${row.container}: OTEL_RESOURCE_ATTRIBUTES${theirs.via} sets ${key}=${got}, but this release is ${key}=${want}`,
            {
              hint: `The service's telemetry would name another release than the one deployed. Remove ${key} from OTEL_RESOURCE_ATTRIBUTES (goship sets it), or set it to ${want}.`,
              location: locate(theirs.manifest, theirs.path),
            },
          ),
        );
      }
      const missing = ours.filter(([k]) => !given.has(k));
      row.kept.push(...[...given.keys()].map((k) => `${k} (manifests)`));
      row.added.push(...missing.map(([k, v]) => `${k}=${v}`));
      if (own) {
        const extra = missing.map(([k, v]) => `${k}=${v}`).join(',');
        if (extra) own.entry.value = `${(theirs.value as string).replace(/,\s*$/, '')},${extra}`;
      } else if (missing.length) {
        // Given through envFrom: an env entry replaces it, so it carries theirs first, then ours.
        list.push({
          name: 'OTEL_RESOURCE_ATTRIBUTES',
          value: [theirs.value as string, ...missing.map(([k, v]) => `${k}=${v}`)].join(','),
        });
      }
    } else {
      list.push({ name: 'OTEL_RESOURCE_ATTRIBUTES', value: ours.map(([k, v]) => `${k}=${v}`).join(',') });
      row.added.push(...ours.map(([k, v]) => `${k}=${v}`));
    }

    if (t.endpoint) {
      if (has('OTEL_EXPORTER_OTLP_ENDPOINT') || has('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')) {
        row.kept.push('OTEL_EXPORTER_OTLP_ENDPOINT');
        result.notices.push({
          message: `${row.container} sets its own OTLP endpoint; otel-endpoint (${t.endpoint}) is not applied to it`,
          location: locate(m, [...c.path, 'env']),
        });
      } else {
        list.push({ name: 'OTEL_EXPORTER_OTLP_ENDPOINT', value: t.endpoint });
        row.added.push(`OTEL_EXPORTER_OTLP_ENDPOINT=${t.endpoint}`);
      }
    }
    result.rows.push(row);
  }
  return result;
}

interface EnvFromValue {
  value: Json | undefined;
  manifest: Manifest;
  path: FieldPath;
  via: string;
}

/** OTEL_* keys the container reads through envFrom ConfigMaps of the rendered set. */
function envFromValues(
  c: ContainerRef,
  configMaps: Map<string, Manifest>,
  notices: Notice[],
): Map<string, EnvFromValue> {
  const out = new Map<string, EnvFromValue>();
  const envFrom = Array.isArray(c.container.envFrom) ? c.container.envFrom : [];
  envFrom.forEach((ef, i) => {
    if (!isObject(ef)) return;
    const source = isObject(ef.configMapRef)
      ? ef.configMapRef
      : isObject(ef.secretRef)
        ? ef.secretRef
        : undefined;
    const name = source && typeof source.name === 'string' ? source.name : '';
    const cm = isObject(ef.configMapRef) ? configMaps.get(`${c.template.namespace}/${name}`) : undefined;
    if (!cm) {
      notices.push({
        message: `${describe(c.template.manifest)} container ${c.name} reads envFrom ${isObject(ef.secretRef) ? 'Secret' : 'ConfigMap'} ${name}, which is not in the rendered set: an OTEL_* variable it sets is replaced by goship's`,
        location: locate(c.template.manifest, [...c.path, 'envFrom', i]),
      });
      return;
    }
    const data = isObject(cm.object.data) ? cm.object.data : {};
    const prefix = typeof ef.prefix === 'string' ? ef.prefix : '';
    for (const [key, value] of Object.entries(data)) {
      const full = prefix + key;
      if (full.startsWith('OTEL_'))
        out.set(full, {
          value,
          manifest: cm,
          path: ['data', key],
          via: ` (envFrom ConfigMap ${refOf(cm).name})`,
        });
    }
  });
  return out;
}

const OTEL_MODES = ['true', 'false', 'auto'] as const;

/**
 * otel, otel-endpoint and environment: the release's OpenTelemetry variables on the built containers
 * (otel.ts). `auto` turns them on when the service is given an endpoint, or when this step itself exports
 * to one (OTEL_EXPORTER_OTLP_ENDPOINT / OTEL_EXPORTER_OTLP_TRACES_ENDPOINT in its environment).
 */
export function telemetryInputs(
  inputs: Inputs,
  env: Readonly<Record<string, string | undefined>>,
  version: string,
  commit: string,
): TelemetryRequest | undefined {
  const mode = inputs.enum('otel', OTEL_MODES, 'false');
  const endpoint = inputs.optional('otel-endpoint');
  if (endpoint) {
    let url: URL | undefined;
    try {
      url = new URL(endpoint);
    } catch {
      // reported below
    }
    if (url && (url.username || url.password))
      throw new InputError(
        'otel-endpoint',
        `'${url.protocol}//***@${url.host}${url.pathname === '/' ? '' : url.pathname}' carries credentials`,
        'the OTLP endpoint the service exports to, without credentials',
        'Give a token to the workload as OTEL_EXPORTER_OTLP_HEADERS from a Secret, not in the URL.',
      );
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new InputError(
        'otel-endpoint',
        `'${endpoint}' is not an http(s) URL`,
        'the OTLP endpoint the service exports to, e.g. http://otel-collector.observability:4318',
      );
    if (mode === 'false')
      throw new InputError(
        'otel-endpoint',
        'is set but otel is false',
        'otel: true or auto with otel-endpoint',
        'Set otel: true, or remove otel-endpoint.',
      );
  }
  const exporting = Boolean(
    env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim() || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim(),
  );
  const on = mode === 'true' || (mode === 'auto' && (Boolean(endpoint) || exporting));
  if (!on) return undefined;
  return { version, commit, environment: inputs.optional('environment'), endpoint };
}
