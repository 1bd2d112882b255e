/*
 * Action inputs → a RenderRequest. Every input problem is an InputError naming the input, raised before
 * anything is run or written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  argsInput,
  COMMIT_ANNOTATION,
  deriveVersion,
  describeSource,
  InvalidReferenceError,
  parseReference,
  portEnvInput,
  RUN_URL_ANNOTATION,
  tagPrefixInput,
  VERSION_ANNOTATION,
  versionFromRef,
} from '@goship/contract';
import { InputError, type Inputs, parsePort } from '@goship/kit';
import type { BuiltinOptions, ProbeCheck, ServiceType, Toleration } from './builtin.js';
import { parseImagePins } from './images.js';
import { telemetryInputs } from './otel.js';
import { type CommentRequest, readCommentOptions } from './preview/options.js';
import type { RenderRequest, Source } from './render.js';
import { checkDnsLabel, DEFAULT_SCHEMA_VERSION, SchemaCatalog } from './schema/index.js';

const SOURCES = ['builtin', 'files', 'kustomize', 'helm'] as const;
const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
const QUANTITY = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/;
const HOSTNAME =
  /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const LABEL_KEY = /^(?:[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DEFAULT_RESOURCES = { 'requests.cpu': '50m', 'requests.memory': '64Mi', 'limits.memory': '128Mi' };

/** Inputs that only the builtin source reads (and that have no default, so giving one is deliberate). */
const BUILTIN_ONLY = [
  'image',
  'args',
  'config',
  'wait-for',
  'node-port',
  'node-selector',
  'tolerations',
  'max-replicas',
  'min-available',
];
const SOURCE_INPUTS: Record<Source, string[]> = {
  builtin: [],
  files: ['files', 'vars'],
  kustomize: ['kustomize-dir'],
  helm: ['helm-chart', 'helm-values', 'helm-set'],
};

export interface ActionEnv {
  workspace: string;
  runnerTemp: string;
  env: Readonly<Record<string, string | undefined>>;
  /** GITHUB_EVENT_NAME and the GITHUB_EVENT_PATH payload, read only when `comment: true` asks for them. */
  event?: () => { name?: string; payload?: unknown };
  /** In the one-step pipeline the image, version, commit and port come from earlier stages, typed. */
  chained?: boolean;
}

export interface RenderOptions {
  request: RenderRequest;
  outputDir: string;
  version: string;
  commit: string;
  /** The pull-request comment (comment: true on a pull_request event). */
  comment?: CommentRequest;
  /** Things to tell the user that are not problems (comment: true on a push). */
  notices: string[];
  /** The `annotate` input: stamp the version and commit on every pod template. */
  annotate: boolean;
}

function hostPort(input: string, entry: string): { host: string; port: number } {
  const m = /^(.+):([^:]+)$/.exec(entry);
  if (!m || !HOSTNAME.test(m[1]!)) {
    throw new InputError(
      input,
      `'${entry}' is not host:port`,
      'host:port entries such as postgres:5432 or redis.cache.svc:6379',
    );
  }
  return { host: m[1]!.toLowerCase(), port: parsePort(input, m[2]!) };
}

function toleration(input: string, line: string): Toleration {
  // kubectl taint syntax: key[=value]:Effect, or key[=value] for any effect.
  const m = /^([^=:]+)(?:=([^:]*))?(?::(.+))?$/.exec(line);
  const effect = m?.[3];
  if (
    !m ||
    !LABEL_KEY.test(m[1]!) ||
    (effect !== undefined && !(EFFECTS as readonly string[]).includes(effect))
  ) {
    throw new InputError(
      input,
      `'${line}' is not a toleration`,
      `key[=value][:Effect] with Effect one of ${EFFECTS.join(', ')}, e.g. arch=arm64:NoSchedule`,
    );
  }
  const t: Toleration =
    m[2] !== undefined ? { key: m[1]!, operator: 'Equal', value: m[2] } : { key: m[1]!, operator: 'Exists' };
  if (effect) t.effect = effect as Toleration['effect'];
  return t;
}

const PROBE_FORM = "a path starting with / (e.g. /healthz), 'tcp' (the port accepts connections) or 'off'";

/** One probe's check: its own input, else health-path (default /healthz); undefined when 'off'. */
function probeCheck(inputs: Inputs, name: string): ProbeCheck | undefined {
  const own = inputs.string(name);
  const input = own ? name : 'health-path';
  const v = own || inputs.string('health-path') || '/healthz';
  if (v === 'off') return undefined;
  if (v === 'tcp') return v;
  if (!v.startsWith('/') || /\s/.test(v))
    throw new InputError(input, `'${v}' is not an HTTP path`, PROBE_FORM);
  return v as ProbeCheck;
}

/** image (optional in the one-step pipeline): checked as the input it is, not as the Deployment names it. */
function imageInput(inputs: Inputs, chained?: boolean): string {
  const image = inputs.string('image', { required: !chained });
  if (image)
    try {
      parseReference(image);
    } catch (e) {
      if (!(e instanceof InvalidReferenceError)) throw e;
      throw new InputError(
        'image',
        e.problem,
        "an image reference pinned by digest, such as ghcr.io/acme/app@sha256:<64 hex digits> (docker-multistage's image output)",
      );
    }
  return image;
}

/** resources over the defaults, by key; 'none' drops one. */
function resourcesInput(inputs: Inputs): BuiltinOptions['resources'] {
  const resources = { requests: {} as Record<string, string>, limits: {} as Record<string, string> };
  const given = inputs.keyValues('resources', {
    keyPattern: /^(?:requests|limits)\.(?:cpu|memory|ephemeral-storage)$/,
    keyForm: 'requests.cpu, requests.memory, limits.cpu, limits.memory (or ephemeral-storage)',
  });
  const merged = Object.entries({ ...DEFAULT_RESOURCES, ...Object.fromEntries(given) }).sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  for (const [k, v] of merged) {
    if (v === 'none') continue;
    if (!QUANTITY.test(v))
      throw new InputError(
        'resources',
        `${k}=${v} is not a quantity`,
        "quantities such as 100m, 0.5, 64Mi, 1Gi, or 'none'",
      );
    const [kind, res] = k.split('.') as ['requests' | 'limits', string];
    resources[kind][res] = v;
  }
  return resources;
}

/** min-available: a count of pods or a percentage. */
function minAvailableInput(inputs: Inputs): number | string | undefined {
  const minAvailableText = inputs.string('min-available');
  let minAvailable: number | string | undefined;
  if (minAvailableText) {
    if (/^\d{1,3}%$/.test(minAvailableText) && Number(minAvailableText.slice(0, -1)) <= 100)
      minAvailable = minAvailableText;
    else if (/^\d+$/.test(minAvailableText)) minAvailable = Number(minAvailableText);
    else
      throw new InputError(
        'min-available',
        `'${minAvailableText}' is not a count or percentage`,
        'a number of pods (1) or a percentage (50%)',
      );
  }
  return minAvailable;
}

function builtinOptions(inputs: Inputs, version: string, chained?: boolean): BuiltinOptions {
  const name = inputs.string('name', { required: true });
  const problem = checkDnsLabel(name);
  if (problem || !/^[a-z]/.test(name)) {
    throw new InputError(
      'name',
      `'${name}' ${problem ?? 'must start with a letter'}`,
      'a DNS-1035 label (lower-case letters, digits and -, starting with a letter, at most 63 characters)',
    );
  }
  const image = imageInput(inputs, chained);
  const port = inputs.port('port', 8080)!;
  const serviceType = inputs.enum<ServiceType>('service-type', SERVICE_TYPES, 'ClusterIP');
  const nodePort = inputs.integer('node-port', { min: 30000, max: 32767 });
  if (nodePort !== undefined && serviceType === 'ClusterIP') {
    throw new InputError(
      'node-port',
      `is set but service-type is ClusterIP`,
      'service-type NodePort or LoadBalancer when node-port is set',
    );
  }
  const config = inputs.keyValues('config', {
    keyPattern: ENV_NAME,
    keyForm: 'an environment variable name ([A-Za-z_][A-Za-z0-9_]*)',
  });
  const portEnv = portEnvInput(inputs);
  if (config.has(portEnv))
    throw new InputError(
      'config',
      `sets ${portEnv}, which comes from the 'port' input`,
      "the port in 'port' only",
    );
  const nodeSelector = inputs.keyValues('node-selector', {
    keyPattern: LABEL_KEY,
    keyForm: 'a label key such as kubernetes.io/arch',
  });
  const resources = resourcesInput(inputs);
  const replicas = inputs.integer('replicas', { min: 0, max: 10000, fallback: 2 })!;
  const maxReplicas = inputs.integer('max-replicas', { min: 1, max: 10000 });
  if (maxReplicas !== undefined && maxReplicas < Math.max(replicas, 1)) {
    throw new InputError(
      'max-replicas',
      `${maxReplicas} is below replicas (${replicas})`,
      'a maximum at least as large as replicas, the HPA minimum',
    );
  }
  const minAvailable = minAvailableInput(inputs);
  const waitTimeout = inputs.duration('wait-timeout', 60_000)!;
  if (waitTimeout < 1000)
    throw new InputError('wait-timeout', 'is shorter than a second', 'a duration such as 60s or 5m');
  const waitImage = inputs.string('wait-image') || 'busybox:1.36';
  const progress = inputs.duration('progress-deadline', 120_000)!;
  if (progress < 10_000)
    throw new InputError('progress-deadline', 'is shorter than 10s', 'a duration such as 120s or 5m');
  return {
    name,
    image,
    port,
    portEnv,
    args: argsInput(inputs),
    servicePort: inputs.port('service-port', 80)!,
    serviceType,
    nodePort,
    replicas,
    config,
    waitFor: inputs.list('wait-for').map((e) => hostPort('wait-for', e)),
    waitImage,
    waitTimeoutSeconds: Math.ceil(waitTimeout / 1000),
    nodeSelector,
    tolerations: inputs.lines('tolerations').map((l) => toleration('tolerations', l)),
    probes: {
      startup: probeCheck(inputs, 'startup-path'),
      readiness: probeCheck(inputs, 'readiness-path'),
      liveness: probeCheck(inputs, 'liveness-path'),
    },
    resources,
    progressDeadlineSeconds: Math.ceil(progress / 1000),
    maxReplicas,
    targetCpuPercent: inputs.integer('target-cpu', { min: 1, max: 1000, fallback: 80 })!,
    minAvailable,
    version,
  };
}

/** The version and commit to stamp: inputs first, else what the build derived from the same commit. */
async function versionAndCommit(inputs: Inputs, a: ActionEnv): Promise<{ version: string; commit: string }> {
  let version = inputs.string('version');
  let commit = inputs.string('commit');
  const tagPrefix = tagPrefixInput(inputs);
  if (version && commit) return { version, commit };
  if (existsSync(join(a.workspace, '.git'))) {
    const s = await describeSource(a.workspace, { env: a.env as NodeJS.ProcessEnv, tagPrefix });
    return { version: version || s.version, commit: commit || s.commit };
  }
  commit ||= a.env.GITHUB_SHA ?? '';
  if (!version) {
    version =
      versionFromRef(a.env.GITHUB_REF ?? '', tagPrefix) ||
      deriveVersion({ tagsOnHead: [], commit: commit || '0000000', dirty: false }).version;
  }
  return { version, commit };
}

export async function readRenderOptions(inputs: Inputs, a: ActionEnv): Promise<RenderOptions> {
  const source = inputs.enum<Source>('source', SOURCES, 'builtin');
  checkSourceInputs(inputs, source);
  const catalog = new SchemaCatalog(
    SchemaCatalog.parseVersion(
      'kubernetes-version',
      inputs.string('kubernetes-version') || DEFAULT_SCHEMA_VERSION,
    ),
  );
  const namespace = namespaceInput(inputs);
  const images = parseImagePins('images', inputs.lines('images'));
  const expectedPort = inputs.port('expected-port');
  const annotate = inputs.boolean('annotate', true);
  const extra = inputs.keyValues('pod-annotations', {
    keyPattern: LABEL_KEY,
    keyForm: 'an annotation key such as example.com/owner',
  });
  const outputDir = inputs.string('output-dir') || join(a.runnerTemp, 'render-manifests');
  const { version, commit } = a.chained ? { version: '', commit: '' } : await versionAndCommit(inputs, a);

  const portEnv = portEnvInput(inputs);
  const request: RenderRequest = {
    source,
    workspace: a.workspace,
    catalog,
    images,
    namespace,
    expectedPort,
    portEnv,
  };
  setAnnotations(request, a, { annotate, extra, version, commit });
  request.telemetry = telemetryInputs(inputs, a.env, version, commit);
  readSourceOptions(inputs, a, request, version);
  const { comment, notices } = await readCommentOptions(inputs, { env: a.env, event: a.event }, request);
  return { request, outputDir, version, commit, comment, notices, annotate };
}

/** Inputs of another source than the one chosen are errors, not silently ignored. */
function checkSourceInputs(inputs: Inputs, source: Source): void {
  for (const [s, names] of Object.entries(SOURCE_INPUTS)) {
    if (s === source) continue;
    for (const n of names) {
      if (inputs.string(n))
        throw new InputError(
          n,
          `is set but source is '${source}'`,
          `'${n}' only with source: ${s}`,
          `Set source: ${s}, or remove ${n}.`,
        );
    }
  }
  if (source !== 'builtin') {
    for (const n of BUILTIN_ONLY) {
      if (inputs.string(n)) {
        throw new InputError(
          n,
          `is set but source is '${source}'`,
          `'${n}' only with source: builtin`,
          n === 'image'
            ? "Pin images in the rendered set with the 'images' input (repository=image@sha256:…)."
            : undefined,
        );
      }
    }
  }
}

function namespaceInput(inputs: Inputs): string | undefined {
  const namespace = inputs.optional('namespace');
  if (namespace) {
    const p = checkDnsLabel(namespace);
    if (p) throw new InputError('namespace', `'${namespace}' ${p}`, 'a namespace name (DNS-1123 label)');
  }
  return namespace;
}

/** The version, commit and pod-annotations on the pod template; the run's URL on the workload. */
function setAnnotations(
  request: RenderRequest,
  a: ActionEnv,
  {
    annotate,
    extra,
    version,
    commit,
  }: { annotate: boolean; extra: Map<string, string>; version: string; commit: string },
): void {
  request.podAnnotations = {
    ...(annotate ? { [VERSION_ANNOTATION]: version, [COMMIT_ANNOTATION]: commit } : {}),
    ...Object.fromEntries(extra),
  };
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: run,
    GITHUB_RUN_ATTEMPT: attempt,
  } = a.env;
  if (annotate && server && repo && run) {
    // On the workload, not the pod template: re-running the same commit must not restart every pod.
    request.workloadAnnotations = {
      [RUN_URL_ANNOTATION]: `${server}/${repo}/actions/runs/${run}${attempt ? `/attempts/${attempt}` : ''}`,
    };
  }
}

/** The inputs of the chosen source into the request. */
function readSourceOptions(inputs: Inputs, a: ActionEnv, request: RenderRequest, version: string): void {
  switch (request.source) {
    case 'builtin':
      request.builtin = builtinOptions(inputs, version, a.chained);
      request.appName = request.builtin.name;
      break;
    case 'files':
      request.files = inputs.lines('files');
      if (request.files.length === 0)
        throw new InputError(
          'files',
          'is empty',
          'manifest files, directories or globs, one per line (source: files)',
        );
      request.vars = inputs.keyValues('vars', {
        keyPattern: ENV_NAME,
        keyForm: 'a variable name ([A-Za-z_][A-Za-z0-9_]*)',
      });
      request.env = a.env;
      request.appName = inputs.optional('name');
      break;
    case 'kustomize':
      request.kustomizeDir = inputs.string('kustomize-dir', { required: true });
      request.appName = inputs.optional('name');
      break;
    case 'helm':
      request.helm = helmOptions(inputs);
      request.appName = request.helm.release;
      break;
  }
}

/** helm-chart, the release name (name, else the chart's) and helm-set. */
function helmOptions(inputs: Inputs): NonNullable<RenderRequest['helm']> {
  const chart = inputs.string('helm-chart', { required: true });
  const release =
    inputs.string('name') ||
    chart
      .replace(/\/+$/, '')
      .split('/')
      .pop()!
      .replace(/\.tgz$/, '')
      .replace(/-\d+\.\d+\.\d+.*$/, '');
  if (checkDnsLabel(release) || release.length > 53) {
    throw new InputError(
      'name',
      `release name '${release}' is not valid`,
      'a DNS-1123 label of at most 53 characters (helm release name)',
    );
  }
  const set = inputs.lines('helm-set');
  for (const s of set) {
    if (s.indexOf('=') <= 0)
      throw new InputError(
        'helm-set',
        `'${s}' is not key=value`,
        'key=value per line, as helm --set takes it (a.b=c)',
      );
  }
  return { chart, release, valuesFiles: inputs.list('helm-values'), set };
}
