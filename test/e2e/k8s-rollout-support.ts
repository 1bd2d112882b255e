/*
 * What the k8s-rollout e2e suites share (k8s-rollout.test.ts: verdicts, failures and restarts;
 * k8s-rollout-workloads.test.ts: workload kinds, prune, apply modes, credentials and bad input): kubectl
 * against the cluster under test (the shared one, or a private one the restart tests start), a namespace
 * per test (deleted after the suite), the app manifests and the action run as the runner runs it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, type RunOptions, runAction } from '../harness/run-action.js';

export const { KUBECTL } = requireEnv('KUBECONFIG', 'KUBECTL');
/** The cluster the tests talk to: the shared one, or a private one (see the restart tests). */
export const cluster = { KUBECONFIG: requireEnv('KUBECONFIG').KUBECONFIG, state: process.env.GOSHIP_STATE };

export function kubectl(args: string[], input?: string): string {
  return execFileSync(KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: cluster.KUBECONFIG },
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}
// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
export type Json = any;

export interface Kubeconfig {
  clusters: { name: string; cluster: { server: string } }[];
  users: { name: string; user: Record<string, unknown> }[];
  contexts: { name: string; context: { cluster: string; user: string } }[];
}

export function getJson<T = Json>(args: string[]): T {
  return JSON.parse(kubectl([...args, '-o', 'json'])) as T;
}
export function exists(ns: string, what: string): boolean {
  return kubectl(['-n', ns, 'get', what, '--ignore-not-found', '-o', 'name']).trim() !== '';
}

export const created: string[] = [];
// The fake node holds 110 pods: crash-looping leftovers of earlier tests would make later ones unschedulable.
afterAll(() => {
  if (created.length > 0) kubectl(['delete', 'namespace', '--wait=false', ...created]);
});

/** A fresh namespace (and workspace folder) for one test; deleted after the suite. */
export function namespace(prefix: string): { ns: string; ws: string } {
  const ns = `${prefix}-${randomBytes(3).toString('hex')}`;
  kubectl(['create', 'namespace', ns]);
  created.push(ns);
  return { ns, ws: mkdtempSync(join(tmpdir(), `k8s-rollout-${prefix}-`)) };
}

export interface AppOptions {
  name?: string;
  image?: string;
  replicas?: number;
  /** goship.test/fail value (kwok failure injection) */
  fail?: string;
  podAnnotations?: Record<string, string>;
  progressDeadlineSeconds?: number;
  nodeSelector?: Record<string, string>;
  selector?: Record<string, string>;
  namespace?: string;
  /** resources.requests.cpu of the container */
  cpu?: string;
}

/** A ConfigMap, a Service and a Deployment, as render-manifests would produce them. */
export function app(o: AppOptions = {}): string {
  const name = o.name ?? 'hello';
  const labels = o.selector ?? { app: name };
  const annotations = { ...o.podAnnotations, ...(o.fail ? { 'goship.test/fail': o.fail } : {}) };
  const ns = o.namespace ? `\n  namespace: ${o.namespace}` : '';
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}-config${ns}
data:
  PORT: "8080"
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}${ns}
spec:
  selector: ${JSON.stringify(labels)}
  ports:
  - {name: http, port: 80, targetPort: http}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}${ns}
spec:
  replicas: ${o.replicas ?? 2}
  progressDeadlineSeconds: ${o.progressDeadlineSeconds ?? 600}
  selector:
    matchLabels: ${JSON.stringify(labels)}
  template:
    metadata:
      labels: ${JSON.stringify(labels)}
      annotations: ${JSON.stringify(annotations)}
    spec:${o.nodeSelector ? `\n      nodeSelector: ${JSON.stringify(o.nodeSelector)}` : ''}
      containers:
      - name: app
        image: ${o.image ?? 'registry.example/acme/hello:1.0.0'}
        ports:
        - {name: http, containerPort: 8080}
        envFrom:
        - configMapRef: {name: ${name}-config}${o.cpu ? `\n        resources: {requests: {cpu: ${o.cpu}}}` : ''}
`;
}

export function write(ws: string, file: string, text: string): string {
  writeFileSync(join(ws, file), text);
  return file;
}

export function deploy(
  ws: string,
  inputs: RunOptions['inputs'],
  opts: Omit<RunOptions, 'inputs' | 'workspace'> = {},
): Promise<ActionResult> {
  return runAction('k8s-rollout', {
    workspace: ws,
    timeoutMs: 150_000,
    ...opts,
    inputs: { kubeconfig: cluster.KUBECONFIG, ...inputs },
  });
}

export const errorAnnotations = (r: ActionResult) => r.annotations.filter((a) => a.level === 'error');
export const image = (ns: string, name = 'hello') =>
  getJson(['-n', ns, 'get', 'deployment', name]).spec.template.spec.containers[0].image as string;
export const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The stdout of a run, without the lines that register masks (those carry the secrets on purpose). */
export const printed = (r: ActionResult) =>
  `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');

/** A port nothing listens on (bound, then released). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 200));
  }
}
