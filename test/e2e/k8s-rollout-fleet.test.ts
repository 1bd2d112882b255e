/*
 * k8s-rollout across a fleet: the bundled dist/k8s-rollout run as the runner runs it against five independent
 * real control planes — the shared one (GOSHIP_STATE, the one with the real node) and four more started here
 * with test/infra/cluster/up under their own GOSHIP_STATE (kwok nodes only), stopped after the suite unless
 * GOSHIP_KEEP_INFRA=1. Every check of a cluster's state uses the real kubectl against that cluster.
 *   GOSHIP_KEEP_INFRA=1 GOSHIP_INFRA=cluster npm run test:e2e -- test/e2e/k8s-rollout-fleet.test.ts
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';
import { requireEnv } from '../harness/infra.js';
import { type ActionResult, type RunOptions, repoRoot, runAction } from '../harness/run-action.js';

jest.setTimeout(240_000);

const { KUBECTL, KUBECONFIG } = requireEnv('KUBECONFIG', 'KUBECTL');
const EXTRA = [1, 2, 3, 4].map((i) => join(process.env.TMPDIR ?? tmpdir(), `goship-fleet-${i}`));
const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const IMAGE = `registry.example/acme/hello@${DIGEST}`;

interface Cluster {
  name: string;
  kubeconfig: string;
}
const clusters: Cluster[] = [];
const namespaces: string[] = [];

function kubectl(c: Cluster, args: string[]): string {
  return execFileSync(KUBECTL, args, {
    env: { ...process.env, KUBECONFIG: c.kubeconfig },
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

beforeAll(async () => {
  clusters.push({ name: 'c1', kubeconfig: KUBECONFIG });
  // The four extra control planes start in parallel (an `up` already running prints its env again).
  const ups = await Promise.all(
    EXTRA.map((state) =>
      promisify(execFile)(join(repoRoot, 'test/infra/cluster/up'), [], {
        env: { ...process.env, GOSHIP_STATE: state, GOSHIP_REAL_NODE: '0' },
        timeout: 600_000,
      }),
    ),
  );
  for (const [i, { stdout }] of ups.entries())
    clusters.push({ name: `c${i + 2}`, kubeconfig: /^KUBECONFIG=(.*)$/m.exec(stdout)![1]! });
}, 600_000);

afterAll(async () => {
  for (const ns of namespaces)
    for (const c of clusters) kubectl(c, ['delete', 'namespace', '--wait=false', '--ignore-not-found', ns]);
  if (process.env.GOSHIP_KEEP_INFRA === '1') return;
  await Promise.all(
    EXTRA.map((state) =>
      promisify(execFile)(join(repoRoot, 'test/infra/cluster/down'), [], {
        env: { ...process.env, GOSHIP_STATE: state },
      }),
    ),
  );
}, 180_000);

/** A namespace of the same name in every cluster, and a workspace. */
function setup(prefix: string): { ns: string; ws: string } {
  const ns = `${prefix}-${randomBytes(3).toString('hex')}`;
  for (const c of clusters) kubectl(c, ['create', 'namespace', ns]);
  namespaces.push(ns);
  return { ns, ws: mkdtempSync(join(tmpdir(), `fleet-${prefix}-`)) };
}

/** The app at a version (a pod template annotation), optionally with pods that get Ready late. */
function app(ws: string, version: string, podAnnotations: Record<string, string> = {}): string {
  const file = `app-${version}.yaml`;
  writeFileSync(
    join(ws, file),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: hello
spec:
  replicas: 2
  selector:
    matchLabels: {app: hello}
  template:
    metadata:
      labels: {app: hello}
      annotations: ${JSON.stringify({ 'app.example/version': version, ...podAnnotations })}
    spec:
      containers:
      - name: app
        image: ${IMAGE}
        ports:
        - {name: http, containerPort: 8080}
`,
  );
  return file;
}

type Entry = Partial<Record<'namespace' | 'image', string>> & { nodeSelector?: Record<string, string> };
function clustersInput(ns: string, overrides: Record<string, Entry> = {}, extra: string[] = []): string {
  return [
    ...clusters.map((c) => {
      const o = overrides[c.name] ?? {};
      return [
        `- name: ${c.name}`,
        `  kubeconfig: ${c.kubeconfig}`,
        `  namespace: ${o.namespace ?? ns}`,
        ...(o.image ? [`  image: ${o.image}`] : []),
        ...(o.nodeSelector ? [`  node-selector: ${JSON.stringify(o.nodeSelector)}`] : []),
      ].join('\n');
    }),
    ...extra,
  ].join('\n');
}

function deploy(ws: string, inputs: RunOptions['inputs'], opts: Omit<RunOptions, 'inputs'> = {}) {
  return runAction('k8s-rollout', { workspace: ws, timeoutMs: 200_000, ...opts, inputs });
}

// biome-ignore lint/suspicious/noExplicitAny: kubectl's JSON, read field by field in assertions
type Json = any;
/** What a cluster runs: the pod template's version, and whether the rollout is complete (no mixed pods). */
function live(
  c: Cluster,
  ns: string,
): { version?: string; settled: boolean; nodeSelector?: unknown; image?: string } {
  const out = kubectl(c, ['-n', ns, 'get', 'deployment', 'hello', '--ignore-not-found', '-o', 'json']).trim();
  if (!out) return { settled: true };
  const d: Json = JSON.parse(out);
  const s = d.status;
  return {
    version: d.spec.template.metadata.annotations['app.example/version'],
    settled:
      s.observedGeneration >= d.metadata.generation &&
      s.updatedReplicas === d.spec.replicas &&
      s.replicas === d.spec.replicas &&
      s.availableReplicas === d.spec.replicas,
    nodeSelector: d.spec.template.spec.nodeSelector,
    image: d.spec.template.spec.containers[0].image,
  };
}

function reportOf(r: ActionResult): Record<string, Json> {
  const list: Json[] = JSON.parse(r.outputs.clusters!);
  return Object.fromEntries(list.map((c) => [c.name, c]));
}

/** v1 everywhere in one wave: the state each case starts from. */
async function deployV1(ws: string, ns: string): Promise<void> {
  const r = await deploy(ws, { manifests: app(ws, 'v1'), clusters: clustersInput(ns), waves: 'rest' });
  expect(r.errors).toBe('');
  expect(r.outputs.status).toBe('succeeded');
}

test('five clusters in waves 1, 25%, rest, with per-cluster overrides: the waves in order, one table, every cluster on v2', async () => {
  const { ns, ws } = setup('fleet-ok');
  const mirror = `mirror.eu.example:5000/acme/hello@${DIGEST}`;
  const r = await deploy(ws, {
    manifests: app(ws, 'v2'),
    clusters: clustersInput(ns, {
      c3: { image: mirror },
      c4: { nodeSelector: { 'kubernetes.io/arch': 'arm64' } },
    }),
    waves: '1, 25%, rest',
    'max-parallel': 2,
    'pause-between': '1s',
  });
  expect(r.errors).toBe('');
  expect(r.exitCode).toBe(0);
  expect(r.outputs.status).toBe('succeeded');
  const report = reportOf(r);
  expect(Object.values(report).map((c) => [c.name, c.wave, c.status, c.endsOn])).toEqual([
    ['c1', 1, 'succeeded', 'new'],
    ['c2', 2, 'succeeded', 'new'],
    ['c3', 2, 'succeeded', 'new'],
    ['c4', 3, 'succeeded', 'new'],
    ['c5', 3, 'succeeded', 'new'],
  ]);
  // Every cluster validated before the first apply anywhere; wave 2 starts after wave 1 rolled out.
  const out = r.stdout;
  const lastValidation = Math.max(...clusters.map((c) => out.lastIndexOf(`[${c.name}] Validated`)));
  expect(lastValidation).toBeGreaterThan(0);
  expect(lastValidation).toBeLessThan(out.indexOf('Applying'));
  expect(out.indexOf('[c1] rolled out in wave 1')).toBeLessThan(out.indexOf('Wave 2/3'));
  expect(out.indexOf('Wave 2/3')).toBeLessThan(out.indexOf('[c2] Applying'));
  expect(
    Math.max(out.indexOf('[c2] rolled out in wave 2'), out.indexOf('[c3] rolled out in wave 2')),
  ).toBeLessThan(out.indexOf('Wave 3/3'));
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v2', settled: true });
  expect(live(clusters[2]!, ns).image).toBe(mirror);
  expect(live(clusters[1]!, ns).image).toBe(IMAGE);
  expect(live(clusters[3]!, ns).nodeSelector).toEqual({ 'kubernetes.io/arch': 'arm64' });
  expect(r.summary).toMatch(/\| Cluster \| Wave \| Status \|/);
  expect(r.summary.match(/^\| c\d /gm)).toHaveLength(5);
});

test('one cluster fails in the second wave: the clusters this run updated are rolled back, the rest untouched', async () => {
  const { ns, ws } = setup('fleet-fail');
  await deployV1(ws, ns);
  const r = await deploy(ws, {
    manifests: app(ws, 'v2'),
    // No node of c3 is s390x: its pods stay Unschedulable there only.
    clusters: clustersInput(ns, { c3: { nodeSelector: { 'kubernetes.io/arch': 's390x' } } }),
    waves: '1, 2, rest',
    timeout: '2m',
  });
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('rolled-back');
  expect(r.errors).toMatch(/cluster 'c3' \(wave 2\) failed: Unschedulable/);
  const report = reportOf(r);
  expect(report.c1).toMatchObject({ wave: 1, status: 'rolled-back', endsOn: 'old' });
  expect(report.c1.cause).toMatch(/cluster 'c3'/);
  expect(report.c2).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3.cause).toMatch(/Unschedulable/);
  expect(report.c4).toMatchObject({ wave: 3, status: 'untouched', endsOn: 'old' });
  expect(report.c5).toMatchObject({ wave: 3, status: 'untouched', endsOn: 'old' });
  expect(r.stdout).not.toMatch(/\[c[45]\] Applying/);
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v1', settled: true });
  expect(r.summary).toMatch(/rolled back/);
});

test('cancelled mid-wave: the finished wave stays on the new revision, the clusters in flight are rolled back, the rest untouched', async () => {
  const { ns, ws } = setup('fleet-cancel');
  await deployV1(ws, ns);
  const r = await deploy(
    ws,
    {
      // v2's pods get Ready only after 5s: wave 2 is still in flight when the runner cancels.
      manifests: app(ws, 'v2', { 'goship.test/ready-delay': '5s' }),
      clusters: clustersInput(ns),
      waves: '1, rest',
      'max-parallel': 2,
    },
    { cancelOnOutput: /\[c3\] Watching/ },
  );
  expect(r.exitCode).toBe(1);
  expect(r.outputs.status).toBe('cancelled');
  const report = reportOf(r);
  expect(report.c1).toMatchObject({ wave: 1, status: 'succeeded', endsOn: 'new' });
  expect(report.c2).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c3).toMatchObject({ wave: 2, status: 'rolled-back', endsOn: 'old' });
  expect(report.c2.cause).toMatch(/cancelled by SIGINT/);
  expect(report.c4).toMatchObject({ status: 'untouched', endsOn: 'old' });
  expect(report.c5).toMatchObject({ status: 'untouched', endsOn: 'old' });
  const expected = { c1: 'v2', c2: 'v1', c3: 'v1', c4: 'v1', c5: 'v1' } as Record<string, string>;
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: expected[c.name], settled: true });
});

test('a cluster unreachable at the start: refused before anything is applied anywhere; with skip-unreachable it proceeds', async () => {
  const { ns, ws } = setup('fleet-unreachable');
  await deployV1(ws, ns);
  // A kubeconfig like c2's whose server is a port nothing listens on.
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  mkdirSync(join(ws, 'kube'), { recursive: true });
  writeFileSync(
    join(ws, 'kube/gone.yaml'),
    readFileSync(clusters[1]!.kubeconfig, 'utf8').replace(
      /server: https:\/\/127\.0\.0\.1:\d+/,
      `server: https://127.0.0.1:${port}`,
    ),
  );
  const gone = [`- name: gone`, `  kubeconfig: kube/gone.yaml`, `  namespace: ${ns}`];
  const inputs = { manifests: app(ws, 'v2'), clusters: clustersInput(ns, {}, gone), waves: '1, rest' };
  const refused = await deploy(ws, inputs);
  expect(refused.exitCode).toBe(1);
  expect(refused.errors).toMatch(
    /Refused before anything was applied to any cluster: cluster 'gone': Cannot reach/,
  );
  expect(refused.stdout).not.toMatch(/Applying/);
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v1', settled: true });
  expect(reportOf(refused).c1).toMatchObject({ status: 'untouched', endsOn: 'old' });

  const skipped = await deploy(ws, { ...inputs, 'skip-unreachable': true });
  expect(skipped.errors).toBe('');
  expect(skipped.outputs.status).toBe('succeeded');
  expect(reportOf(skipped).gone).toMatchObject({ status: 'skipped', endsOn: 'old', wave: 2 });
  for (const c of clusters) expect(live(c, ns)).toMatchObject({ version: 'v2', settled: true });
});
