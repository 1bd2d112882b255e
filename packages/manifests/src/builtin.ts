/*
 * The builtin source: a complete, production-sane set for one HTTP service from a handful of inputs
 * (the seed's chapter 3–4 in one place). One port flows everywhere: ConfigMap key PORT → env PORT via
 * configMapKeyRef → containerPort named `http` → probes on `http` → Service targetPort `http`.
 */

import { PORT_ENV, PORT_NAME } from '@goship/contract';
import type { JsonObject } from './model.js';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer';

export interface Toleration {
  key: string;
  operator: 'Equal' | 'Exists';
  value?: string;
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
}

export interface BuiltinOptions {
  name: string;
  image: string;
  port: number;
  /** The variable the service reads its port from (port-env): the ConfigMap key and the container's env. */
  portEnv?: string;
  /** The container's args (replace the image's Cmd; `$(NAME)` is expanded by the kubelet). */
  args?: string[];
  servicePort: number;
  serviceType: ServiceType;
  nodePort?: number;
  replicas: number;
  /** Extra ConfigMap entries, also exposed to the container as env (via configMapKeyRef). */
  config: ReadonlyMap<string, string>;
  waitFor: { host: string; port: number }[];
  waitImage: string;
  waitTimeoutSeconds: number;
  nodeSelector: ReadonlyMap<string, string>;
  tolerations: Toleration[];
  /** What each probe checks on port `http`: an HTTP path, or 'tcp' (a connection); undefined turns it off. */
  probes: { startup?: ProbeCheck; readiness?: ProbeCheck; liveness?: ProbeCheck };
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  progressDeadlineSeconds: number;
  /** When set, an HPA scales between `replicas` and this, and the Deployment leaves replicas to it. */
  maxReplicas?: number;
  targetCpuPercent: number;
  /** When set, a PodDisruptionBudget with this minAvailable (number or percentage). */
  minAvailable?: number | string;
  /** For the app.kubernetes.io/version label. */
  version: string;
}

// Bounded wait on one dependency, run by busybox sh. The target and timeout arrive as positional
// arguments ($1, $2), never spliced into the script, so no input is ever shell syntax. `nc -z` is
// missing from busybox builds without NC_110_COMPAT (Debian's); `nc HOST PORT -e true` (connect, run
// `true`, exit 0) is the fallback that works there.
const WAIT_SCRIPT = [
  'target="$1"; timeout="$2"; host="${target%:*}"; port="${target##*:}"',
  'end=$(( $(date +%s) + timeout ))',
  'reachable() { nc -z -w 2 "$host" "$port" 2>/dev/null || nc -w 2 "$host" "$port" -e true </dev/null 2>/dev/null; }',
  'until reachable; do',
  '  if [ "$(date +%s)" -ge "$end" ]; then',
  '    echo "wait-for: gave up on dependency $target after ${timeout}s: nothing accepts connections there" >&2',
  '    exit 1',
  '  fi',
  '  sleep 1',
  'done',
  'echo "wait-for: dependency $target accepts connections"',
].join('\n');

const RESTRICTED_CONTAINER: JsonObject = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  capabilities: { drop: ['ALL'] },
};

/** A label value from a version string: at most 63 of [A-Za-z0-9_.-], alphanumeric at both ends. */
export function labelValue(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_.-]/g, '_')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
}

function initContainerName(host: string, port: number, taken: Set<string>): string {
  const base = `wait-${host.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`
    .slice(0, 63 - String(port).length - 1)
    .replace(/-+$/, '');
  let name = `${base}-${port}`;
  for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 55)}-${port}-${i}`;
  taken.add(name);
  return name;
}

/** An HTTP path (starting with /), or 'tcp': the port accepts connections (a service with no health endpoint). */
export type ProbeCheck = `/${string}` | 'tcp';

function probe(check: ProbeCheck, timing: JsonObject): JsonObject {
  if (check === 'tcp') return { tcpSocket: { port: PORT_NAME }, ...timing };
  return { httpGet: { path: check, port: PORT_NAME }, ...timing };
}

type Labels = Record<string, string>;

export function builtinObjects(o: BuiltinOptions): JsonObject[] {
  const selector = { 'app.kubernetes.io/name': o.name, 'app.kubernetes.io/instance': o.name };
  const labels = {
    ...selector,
    'app.kubernetes.io/version': labelValue(o.version),
    'app.kubernetes.io/managed-by': 'goship',
  };
  const configName = `${o.name}-config`;
  const configData: Record<string, string> = { [o.portEnv ?? PORT_ENV]: String(o.port) };
  for (const [k, v] of o.config) configData[k] = v;
  // Pods read the ConfigMap only at start: render() hashes it into the pod template (config-hash.ts), as
  // it does for every source, so a changed ConfigMap rolls them.
  const pod = podSpec(o, appContainer(o, configName, configData), waitContainers(o));

  const objects: JsonObject[] = [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: configName, labels }, data: configData },
    serviceObject(o, labels, selector),
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: o.name, labels },
      spec: deploymentSpec(o, selector, labels, pod),
    },
  ];
  if (o.maxReplicas !== undefined) objects.push(hpaObject(o, o.maxReplicas, labels));
  if (o.minAvailable !== undefined) {
    objects.push({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: o.name, labels },
      spec: { minAvailable: o.minAvailable, selector: { matchLabels: selector } },
    });
  }
  return objects;
}

/** The service's container: env from the ConfigMap, the `http` port, its probes, restricted. */
function appContainer(o: BuiltinOptions, configName: string, configData: Record<string, string>): JsonObject {
  const env: JsonObject[] = Object.keys(configData).map((key) => ({
    name: key,
    valueFrom: { configMapKeyRef: { name: configName, key } },
  }));
  const resources: JsonObject = {};
  if (Object.keys(o.resources.requests).length) resources.requests = { ...o.resources.requests };
  if (Object.keys(o.resources.limits).length) resources.limits = { ...o.resources.limits };

  const container: JsonObject = {
    name: o.name,
    image: o.image,
    imagePullPolicy: 'IfNotPresent',
    ...(o.args && o.args.length > 0 ? { args: [...o.args] } : {}),
    ports: [{ name: PORT_NAME, containerPort: o.port, protocol: 'TCP' }],
    env,
    resources,
    securityContext: RESTRICTED_CONTAINER,
    volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
  };
  // Startup gates the other two, so a slow start is not killed by liveness (up to 60 s here). It is probed
  // every second: each new pod of a rollout waits for its first passing startup probe (the kubelet runs the
  // readiness probe at once after it), so the period is what a rolling update waits per pod, and it stops
  // once the container has started.
  if (o.probes.startup)
    container.startupProbe = probe(o.probes.startup, {
      periodSeconds: 1,
      timeoutSeconds: 2,
      failureThreshold: 60,
    });
  if (o.probes.readiness)
    container.readinessProbe = probe(o.probes.readiness, {
      periodSeconds: 5,
      timeoutSeconds: 2,
      failureThreshold: 3,
    });
  if (o.probes.liveness)
    container.livenessProbe = probe(o.probes.liveness, {
      periodSeconds: 10,
      timeoutSeconds: 2,
      failureThreshold: 3,
    });
  return container;
}

/** One init container per dependency to wait for. */
function waitContainers(o: BuiltinOptions): JsonObject[] {
  const taken = new Set<string>([o.name]);
  return o.waitFor.map(({ host, port }) => ({
    name: initContainerName(host, port, taken),
    image: o.waitImage,
    imagePullPolicy: 'IfNotPresent',
    command: ['sh', '-c', WAIT_SCRIPT, 'wait-for', `${host}:${port}`, String(o.waitTimeoutSeconds)],
    resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '32Mi' } },
    securityContext: RESTRICTED_CONTAINER,
  }));
}

function podSpec(o: BuiltinOptions, container: JsonObject, initContainers: JsonObject[]): JsonObject {
  const spec: JsonObject = {
    // The app does not call the Kubernetes API; not mounting a token removes a credential from the pod.
    automountServiceAccountToken: false,
    // Service links inject <SVC>_PORT=tcp://… variables that collide with *_PORT settings.
    enableServiceLinks: false,
    securityContext: {
      runAsNonRoot: true,
      runAsUser: 65532,
      runAsGroup: 65532,
      seccompProfile: { type: 'RuntimeDefault' },
    },
    terminationGracePeriodSeconds: 30,
  };
  if (o.nodeSelector.size) spec.nodeSelector = Object.fromEntries(o.nodeSelector);
  if (o.tolerations.length) spec.tolerations = o.tolerations.map((t) => ({ ...t }));
  if (initContainers.length) spec.initContainers = initContainers;
  spec.containers = [container];
  spec.volumes = [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }];
  return spec;
}

function deploymentSpec(o: BuiltinOptions, selector: Labels, labels: Labels, pod: JsonObject): JsonObject {
  const spec: JsonObject = {};
  if (o.maxReplicas === undefined) spec.replicas = o.replicas; // else the HPA owns replicas
  Object.assign(spec, {
    revisionHistoryLimit: 5,
    // Fail fast: the default 600 s hides a broken rollout for ten minutes.
    progressDeadlineSeconds: o.progressDeadlineSeconds,
    selector: { matchLabels: selector },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: maxSurge(o), maxUnavailable: 0 } },
    template: {
      metadata: { labels },
      spec: pod,
    },
  });
  return spec;
}

/**
 * New pods a rolling update starts at once (never fewer ready than `replicas`: maxUnavailable is 0). A small
 * Deployment starts all its new pods together, so its rollout takes one pod start instead of one per
 * replica, at the cost of at most SMALL_SURGE extra pods; from 12 replicas on it is 25 %, Kubernetes'
 * default. With an HPA the replica count moves: 25 %.
 */
const SMALL_SURGE = 3;
function maxSurge(o: BuiltinOptions): number | string {
  if (o.maxReplicas !== undefined) return '25%';
  return Math.max(1, Math.ceil(o.replicas / 4), Math.min(o.replicas, SMALL_SURGE));
}

function serviceObject(o: BuiltinOptions, labels: Labels, selector: Labels): JsonObject {
  const servicePort: JsonObject = {
    name: PORT_NAME,
    port: o.servicePort,
    targetPort: PORT_NAME,
    protocol: 'TCP',
  };
  if (o.nodePort !== undefined) servicePort.nodePort = o.nodePort;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: o.name, labels },
    spec: { type: o.serviceType, selector, ports: [servicePort] },
  };
}

/** Scales the Deployment between `replicas` and maxReplicas on CPU. */
function hpaObject(o: BuiltinOptions, maxReplicas: number, labels: Labels): JsonObject {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: o.name, labels },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: o.name },
      minReplicas: o.replicas,
      maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: o.targetCpuPercent },
          },
        },
      ],
    },
  };
}
